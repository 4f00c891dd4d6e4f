package org.parcours.assessment;

import java.util.Map;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;

/** A team of the shipped diagnostic's content tests, answered through the service as a team would. */
public final class ContentAnswers {

    public static final String QUESTIONNAIRE = "communs-numeriques";

    private ContentAnswers() {
    }

    /** The shipped digital-commons questionnaire, as the service serves it. */
    public static Questionnaire shipped(AssessmentService service) {
        return service.questionnaires().stream().filter(q -> q.id().equals(QUESTIONNAIRE)).findFirst()
                .orElseThrow();
    }

    /** An assessment started as {@code teamName} and given every answer of the content test {@code index}. */
    public static AssessmentState answered(AssessmentService service, int index, String teamName) {
        Questionnaire shipped = shipped(service);
        ContentTest test = shipped.tests().get(index);
        AssessmentState state = service.start(shipped.id(), teamName, "fr");
        for (Map.Entry<String, AnswerValue> answer : Answers.fromRaw(shipped, test.answers()).answers().asMap()
                .entrySet()) {
            state = ((SaveOutcome.Saved) service.answer(state.token(), answer.getKey(),
                    state.versionOf(answer.getKey()), answer.getValue())).state();
        }
        return state;
    }
}
