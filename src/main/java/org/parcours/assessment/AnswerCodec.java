package org.parcours.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.Questionnaire;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an answer as the JSON an answers file would hold (contract §9): a string, a list of strings, a number or
 * a boolean. Reading converts back through the engine, which knows each question's type.
 */
final class AnswerCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {
    }

    static String encode(AnswerValue value) {
        Object raw = switch (value) {
            case AnswerValue.Choice choice -> choice.option();
            case AnswerValue.Choices choices -> choices.options();
            case AnswerValue.Number number -> number.value();
            case AnswerValue.Bool bool -> bool.value();
            case AnswerValue.Text text -> text.text();
        };
        return JSON.writeValueAsString(raw);
    }

    /**
     * Reads stored rows back. Rows that no longer fit the questionnaire they were saved against cannot occur
     * (every row was checked on the way in); should one appear anyway it is left out rather than break the page.
     */
    /** The same from stored JSON by question id, as a bulk read gets it. */
    static Answers decodeJson(Questionnaire questionnaire, Map<String, String> jsonByQuestion) {
        Map<String, Object> raw = new LinkedHashMap<>();
        jsonByQuestion.forEach((question, json) -> raw.put(question, JSON.readValue(json, Object.class)));
        return Answers.fromRaw(questionnaire, raw).answers();
    }

    static Answers decode(Questionnaire questionnaire, List<AnswerRow> rows) {
        Map<String, Object> raw = new LinkedHashMap<>();
        rows.forEach(row -> row.valueJson().ifPresent(json -> raw.put(row.questionId(), JSON.readValue(json, Object.class))));
        return Answers.fromRaw(questionnaire, raw).answers();
    }
}
