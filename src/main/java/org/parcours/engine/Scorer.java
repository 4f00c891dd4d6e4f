package org.parcours.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
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

    /** {@code answerOf} gives the valid answer of a visible question, or null. */
    static Map<String, DimensionScore> scores(Questionnaire questionnaire, Function<String, AnswerValue> answerOf) {
        Map<String, DimensionScore> scores = new LinkedHashMap<>();
        for (Dimension d : questionnaire.dimensions()) {
            double earned = 0;
            double attainable = 0;
            for (Question q : questionnaire.questions()) {
                AnswerValue answer = answerOf.apply(q.id());
                if (answer == null || AnswerChecker.isDontKnow(q, answer)) continue;
                double can = attainable(q, d.id());
                if (can <= 0) continue;
                attainable += can;
                earned += earned(q, d.id(), answer);
            }
            scores.put(d.id(), score(d, earned, attainable));
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
            case AnswerValue.Choice c -> q.option(c.option()).map(o -> o.points(dimension)).orElse(0.0);
            case AnswerValue.Choices c -> c.options().stream()
                    .mapToDouble(id -> q.option(id).map(o -> o.points(dimension)).orElse(0.0)).sum();
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
