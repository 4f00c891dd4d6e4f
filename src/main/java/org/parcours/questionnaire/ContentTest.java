package org.parcours.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An author's test: answers (raw YAML values, as in an answers file) and what must follow.
 * {@code line} is where the test starts in {@code file}, and {@code places} where each answer is written
 * ({@code file:line:column} by question id), for error messages.
 */
public record ContentTest(String name, String file, int line, Map<String, Object> answers,
                          Map<String, String> places, Expectation expect) {

    public ContentTest {
        // In the order written, so that problems are reported in file order; a null (YAML ~) is "no answer".
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        places = Map.copyOf(places);
    }

    /** Where the answer to a question is written, or where the test starts. */
    public String place(String questionId) {
        return places.getOrDefault(questionId, file + ":" + line + ":1");
    }

    /** An inclusive range of percentages. */
    public record Range(double min, double max) {
        public boolean contains(double v) {
            return v >= min && v <= max;
        }
    }

    /** Everything a test may expect; empty collections expect nothing. */
    public record Expectation(List<String> visible, List<String> hidden, Map<String, Range> scores,
                              Map<String, String> levels, List<String> recommended, List<String> notRecommended,
                              Map<RecommendationKind, String> top) {
        public Expectation {
            visible = List.copyOf(visible);
            hidden = List.copyOf(hidden);
            scores = Map.copyOf(scores);
            levels = Map.copyOf(levels);
            recommended = List.copyOf(recommended);
            notRecommended = List.copyOf(notRecommended);
            top = Map.copyOf(top);
        }
    }
}
