package org.parcours.operator.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The verdicts on each recommendation of a version, and their comments, for the recommendations at least k teams
 * answered about; the others are merged into one count (or left out when under k together).
 */
record FeedbackFigures(List<FeedbackLine> lines, int others) {

    static FeedbackFigures read(JdbcTemplate jdbc, String questionnaireId, String version, int k,
                                Function<String, String> title) {
        Map<String, int[]> verdicts = new LinkedHashMap<>();
        jdbc.query("select recommendation_id, verdict, count(*) from recommendation_feedback "
                + "where questionnaire_id = ? and questionnaire_version = ? group by recommendation_id, verdict "
                + "order by recommendation_id", row -> {
                    int[] counts = verdicts.computeIfAbsent(row.getString(1), id -> new int[3]);
                    counts[switch (row.getString(2)) {
                        case "USEFUL" -> 0;
                        case "NOT_FOR_US" -> 1;
                        default -> 2;
                    }] += row.getInt(3);
                }, questionnaireId, version);
        List<FeedbackLine> lines = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, int[]> entry : verdicts.entrySet()) {
            int[] c = entry.getValue();
            if (c[0] + c[1] + c[2] < k) {
                others += c[0] + c[1] + c[2];
                continue;
            }
            List<String> comments = jdbc.queryForList("select comment from recommendation_feedback where "
                    + "questionnaire_id = ? and questionnaire_version = ? and recommendation_id = ? and comment is "
                    + "not null and comment <> '' order by updated_at desc fetch first 50 rows only", String.class,
                    questionnaireId, version, entry.getKey());
            lines.add(new FeedbackLine(entry.getKey(), title.apply(entry.getKey()), c[0], c[1], c[2], comments));
        }
        lines.sort((a, b) -> Integer.compare(b.total(), a.total()));
        return new FeedbackFigures(lines, others >= k ? others : 0);
    }
}
