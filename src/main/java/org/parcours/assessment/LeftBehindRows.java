package org.parcours.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.CarryOver;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The answers of a previous round that a new round's questionnaire version could not take ({@code
 * round_not_carried}), kept with what the older version called them, since that version may not be loaded when the
 * team reads the list. Written once, when the round starts, in its transaction.
 */
@Repository
class LeftBehindRows {

    private static final List<String> LOCALES = List.of("fr", "en");

    private final NamedParameterJdbcTemplate jdbc;

    LeftBehindRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keep(long assessmentId, Questionnaire from, List<CarryOver.NotCarried> notCarried) {
        for (int position = 0; position < notCarried.size(); position++) {
            CarryOver.NotCarried left = notCarried.get(position);
            LocalizedText subject = subject(from, left);
            jdbc.update("insert into round_not_carried (assessment_id, position, question_id, option_id, reason, "
                    + "value_json, subject_fr, subject_en) values (:id, :position, :question, :option, :reason, "
                    + ":value, :fr, :en)", new MapSqlParameterSource()
                    .addValue("id", assessmentId).addValue("position", position)
                    .addValue("question", left.questionId()).addValue("option", left.option().orElse(null))
                    .addValue("reason", left.reason().name()).addValue("value", AnswerCodec.encode(left.value()))
                    .addValue("fr", subject.in("fr")).addValue("en", subject.in("en")));
        }
    }

    List<Round.LeftBehind> of(long assessmentId) {
        return jdbc.query("select question_id, option_id, reason, subject_fr, subject_en from round_not_carried "
                        + "where assessment_id = :id order by position", Map.of("id", assessmentId),
                (row, n) -> new Round.LeftBehind(row.getString("question_id"),
                        Optional.ofNullable(row.getString("option_id")),
                        CarryOver.Reason.valueOf(row.getString("reason")),
                        LocalizedText.of("fr", Map.of("fr", row.getString("subject_fr"),
                                "en", row.getString("subject_en")))));
    }

    /** The question's label, then the option's, as the older version words them; the ids when it has none. */
    private static LocalizedText subject(Questionnaire from, CarryOver.NotCarried left) {
        Optional<Question> question = from.question(left.questionId());
        Map<String, String> byLocale = new LinkedHashMap<>();
        for (String locale : LOCALES) {
            String label = question.map(q -> q.label().in(locale)).orElse(left.questionId());
            String option = left.option().map(id -> question.flatMap(q -> q.option(id))
                    .map(o -> o.label().in(locale)).orElse(id)).map(o -> " — " + o).orElse("");
            byLocale.put(locale, label + option);
        }
        return LocalizedText.of("fr", byLocale);
    }
}
