package org.parcours.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parcours.questionnaire.Question;

/** The divergence index of {@link Comparison}: the mean disagreement over every pair of answers. */
final class DivergenceIndex {

    private DivergenceIndex() {
    }

    static double of(Question q, List<AnswerValue> values) {
        int n = values.size();
        if (n < 2) return 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) sum += disagreement(q, values.get(i), values.get(j));
        }
        return sum / (n * (n - 1) / 2.0);
    }

    /** How far apart two answers to the same question are, 0 to 1. */
    static double disagreement(Question q, AnswerValue a, AnswerValue b) {
        return switch (q.type()) {
            case SINGLE, BOOLEAN -> a.equals(b) ? 0 : 1;
            case MULTIPLE -> jaccardDistance(keys(a), keys(b));
            case SCALE, NUMBER -> gap(q, ((AnswerValue.Number) a).value(), ((AnswerValue.Number) b).value());
            case TEXT -> throw new IllegalArgumentException("text answers are not compared");
        };
    }

    private static double jaccardDistance(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return 1 - (double) both.size() / union.size();
    }

    private static double gap(Question q, double a, double b) {
        if (q.min().isPresent() && q.max().isPresent()) {
            double span = q.max().getAsDouble() - q.min().getAsDouble();
            return span == 0 ? 0 : Math.abs(a - b) / span;
        }
        double size = Math.abs(a) + Math.abs(b);
        return size == 0 ? 0 : Math.abs(a - b) / size;
    }

    /** The values an answer counts for in the spread's counts. */
    static Set<String> keys(AnswerValue v) {
        return switch (v) {
            case AnswerValue.Choice c -> Set.of(c.option());
            case AnswerValue.Choices c -> Set.copyOf(c.options());
            case AnswerValue.Bool b -> Set.of(Boolean.toString(b.value()));
            case AnswerValue.Number n -> n.value() == Math.rint(n.value())
                    ? Set.of(Long.toString((long) n.value())) : Set.of();
            case AnswerValue.Text t -> Set.of();
        };
    }
}
