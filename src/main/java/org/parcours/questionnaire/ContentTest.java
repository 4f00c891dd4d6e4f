package org.parcours.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** One ranking: a kind, and the component its recommendations apply to (none: those without a component). */
    public record Ranking(RecommendationKind kind, Optional<String> component) {
        // Written out because a record's generated equals and hashCode are bootstrapped on first use (method
        // handles), a cost every load would pay for this map key: loading stays within its cold-start budget.
        @Override
        public boolean equals(Object o) {
            return o instanceof Ranking r && kind == r.kind && component.equals(r.component);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + component.hashCode();
        }

        /** As a test writes it: {@code licence} or {@code licence/software}. */
        @Override
        public String toString() {
            return kind.id() + component.map(c -> "/" + c).orElse("");
        }
    }

    /**
     * Everything a test may expect; empty collections expect nothing. {@code excluded} maps a recommendation to a
     * text its reasons must contain (empty: any reason); {@code against} to texts its arguments against must
     * contain; {@code messages} a dimension to a text its shown band message must contain. Texts are compared in
     * the questionnaire's default locale.
     */
    public record Expectation(List<String> visible, List<String> hidden, Map<String, Range> scores,
                              Map<String, String> levels, List<String> recommended, List<String> notRecommended,
                              Map<Ranking, String> top, Map<String, String> excluded, Optional<Boolean> complete,
                              Map<String, List<String>> against, List<String> capped, Map<String, String> messages) {
        public Expectation {
            visible = List.copyOf(visible);
            hidden = List.copyOf(hidden);
            scores = ordered(scores);
            levels = ordered(levels);
            recommended = List.copyOf(recommended);
            notRecommended = List.copyOf(notRecommended);
            top = ordered(top);
            excluded = ordered(excluded);
            against = ordered(against);
            capped = List.copyOf(capped);
            messages = ordered(messages);
        }

        /** A test that expects nothing (it only checks that its answers are valid). */
        public static Expectation none() {
            return new Expectation(List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of(),
                    Optional.empty(), Map.of(), List.of(), Map.of());
        }

        /** Every recommendation the test names, whatever it expects of it. */
        public Set<String> namedRecommendations() {
            Set<String> named = new LinkedHashSet<>(recommended);
            named.addAll(notRecommended);
            named.addAll(top.values());
            named.addAll(excluded.keySet());
            named.addAll(against.keySet());
            return Collections.unmodifiableSet(named);
        }

        // In the order written, so that failures read in file order.
        private static <K, V> Map<K, V> ordered(Map<K, V> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }
}
