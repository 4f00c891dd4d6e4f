package org.parcours.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * An author's test: answers (raw YAML values, as in an answers file) and what must follow.
 * {@code line} is where the test starts in {@code file}, for error messages.
 */
public record ContentTest(String name, String file, int line, Map<String, Object> answers, Expectation expect) {

    public ContentTest {
        answers = Map.copyOf(answers);
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
