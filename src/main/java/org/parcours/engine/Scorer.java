package org.parcours.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.WeakHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/**
 * Dimension scores (contract §4): earned ÷ attainable × 100 over visible, answered, not "don't know"
 * questions. What a question can attain: single, its best option; multiple, its non-exclusive options'
 * positive points; scale and boolean, their points.
 */
final class Scorer {

    private Scorer() {
    }

    /** What each question can attain per dimension, computed once per questionnaire (it never changes). */
    private record Plan(List<Dimension> dimensions, List<Question> questions, int[] indexes, double[][] attainable) {
    }

    private static final Map<Questionnaire, Plan> PLANS = Collections.synchronizedMap(new WeakHashMap<>());

    private static Plan plan(Questionnaire questionnaire) {
        return PLANS.computeIfAbsent(questionnaire, q -> {
            List<Question> scored = q.questions().stream()
                    .filter(x -> q.dimensions().stream().anyMatch(d -> attainable(x, d.id()) > 0)).toList();
            double[][] table = new double[scored.size()][q.dimensions().size()];
            for (int i = 0; i < scored.size(); i++) {
                for (int d = 0; d < q.dimensions().size(); d++) {
                    table[i][d] = attainable(scored.get(i), q.dimensions().get(d).id());
                }
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < q.questions().size(); i++) index.put(q.questions().get(i).id(), i);
            int[] indexes = scored.stream().mapToInt(x -> index.get(x.id())).toArray();
            return new Plan(q.dimensions(), scored, indexes, table);
        });
    }

    /** {@code answers} holds the valid answer of each visible question, by index in questions(), or null. */
    static Map<String, DimensionScore> scores(Questionnaire questionnaire, AnswerValue[] answers) {
        Plan plan = plan(questionnaire);
        int dimensions = plan.dimensions().size();
        double[] earned = new double[dimensions];
        double[] attainable = new double[dimensions];
        for (int i = 0; i < plan.questions().size(); i++) {
            Question q = plan.questions().get(i);
            AnswerValue answer = answers[plan.indexes()[i]];
            if (answer == null || AnswerChecker.isDontKnow(q, answer)) continue;
            for (int d = 0; d < dimensions; d++) {
                double can = plan.attainable()[i][d];
                if (can <= 0) continue;
                attainable[d] += can;
                earned[d] += earned(q, plan.dimensions().get(d).id(), answer);
            }
        }
        Map<String, DimensionScore> scores = new LinkedHashMap<>();
        for (int d = 0; d < dimensions; d++) {
            Dimension dimension = plan.dimensions().get(d);
            scores.put(dimension.id(), score(dimension, earned[d], attainable[d]));
        }
        return Collections.unmodifiableMap(scores);
    }

    private static DimensionScore score(Dimension d, double earned, double attainable) {
        if (attainable <= 0) {
            return new DimensionScore(d, OptionalDouble.empty(), Optional.empty(), earned, attainable);
        }
        // Negative weights can push below 0; an exclusive option with points could push past 100.
        double percent = Math.max(0, Math.min(100, 100.0 * earned / attainable));
        Optional<Band> band = d.bandFor(percent);
        return new DimensionScore(d, OptionalDouble.of(percent), band, earned, attainable);
    }

    static double attainable(Question q, String dimension) {
        return switch (q.type()) {
            case SINGLE -> q.options().stream().mapToDouble(o -> o.points(dimension)).max().orElse(0);
            case MULTIPLE -> q.options().stream().filter(o -> !o.exclusive())
                    .mapToDouble(o -> Math.max(0, o.points(dimension))).sum();
            case SCALE, BOOLEAN -> q.points(dimension);
            case NUMBER, TEXT -> 0;
        };
    }

    static double earned(Question q, String dimension, AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Choice c -> AnswerChecker.points(q, c.option(), dimension);
            case AnswerValue.Choices c -> {
                double sum = 0;
                for (String id : c.options()) sum += AnswerChecker.points(q, id, dimension);
                yield sum;
            }
            case AnswerValue.Number n -> scaleEarned(q, dimension, n.value());
            case AnswerValue.Bool b -> b.value() ? q.points(dimension) : 0;
            case AnswerValue.Text t -> 0;
        };
    }

    private static double scaleEarned(Question q, String dimension, double value) {
        double min = q.min().orElse(0);
        double max = q.max().orElse(min);
        return max > min ? q.points(dimension) * (value - min) / (max - min) : 0;
    }

}
