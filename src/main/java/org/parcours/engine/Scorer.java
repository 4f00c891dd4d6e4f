package org.parcours.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Cap;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.MessageVariant;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;

/**
 * Dimension scores (contract §4): earned ÷ attainable × 100 over visible, answered, not "don't know"
 * questions. What a question can attain: single, its best option; multiple, its non-exclusive options'
 * positive points; scale and boolean, their points. Then the knock-out caps that hold may lower the level, and the
 * shown band's message is chosen among its variants.
 */
final class Scorer {

    private Scorer() {
    }

    /**
     * {@code answers} holds the valid answer of each visible question, by index in questions(), or null;
     * {@code bindings} is what caps and message variants read (answers only).
     */
    static Map<String, DimensionScore> scores(EvaluationPlan plan, AnswerValue[] answers, Bindings bindings) {
        int dimensions = plan.dimensions.size();
        double[] earned = new double[dimensions];
        double[] attainable = new double[dimensions];
        for (int k = 0; k < plan.scored.length; k++) {
            Question q = plan.questions[plan.scored[k]];
            AnswerValue answer = answers[plan.scored[k]];
            if (answer == null || isDontKnow(q, answer)) continue;
            for (int d = 0; d < dimensions; d++) {
                double can = plan.attainable[k][d];
                if (can <= 0) continue;
                attainable[d] += can;
                earned[d] += earned(q, plan.dimensions.get(d).id(), answer);
            }
        }
        Map<String, DimensionScore> scores = new LinkedHashMap<>();
        for (int d = 0; d < dimensions; d++) {
            Dimension dimension = plan.dimensions.get(d);
            scores.put(dimension.id(), score(dimension, earned[d], attainable[d], bindings));
        }
        return Collections.unmodifiableMap(scores);
    }

    private static DimensionScore score(Dimension d, double earned, double attainable, Bindings bindings) {
        if (attainable <= 0) {
            return new DimensionScore(d, OptionalDouble.empty(), Optional.empty(), earned, attainable, List.of(),
                    false, Optional.empty());
        }
        // Negative weights can push below 0; an exclusive option with points could push past 100.
        double percent = Math.max(0, Math.min(100, 100.0 * earned / attainable));
        Optional<Band> band = d.bandFor(percent);
        List<Cap> held = held(d, bindings);
        boolean capped = false;
        if (!held.isEmpty() && band.isPresent()) {
            int lowest = held.stream().mapToInt(c -> d.bandIndex(c.atMost())).min().orElseThrow();
            if (d.bandIndex(band.get().level()) > lowest) {
                band = Optional.of(d.bands().get(lowest));
                capped = true;
            }
        }
        return new DimensionScore(d, OptionalDouble.of(percent), band, earned, attainable, held, capped,
                band.map(b -> message(b, bindings)));
    }

    private static List<Cap> held(Dimension d, Bindings bindings) {
        if (d.caps().isEmpty()) return List.of();
        List<Cap> held = new ArrayList<>(1);
        for (Cap cap : d.caps()) if (cap.condition().test(bindings)) held.add(cap);
        return held;
    }

    private static LocalizedText message(Band band, Bindings bindings) {
        for (MessageVariant v : band.variants()) if (v.condition().test(bindings)) return v.message();
        return band.message();
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

    private static double earned(Question q, String dimension, AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Choice c -> points(q, c.option(), dimension);
            case AnswerValue.Choices c -> {
                double sum = 0;
                for (String id : c.options()) sum += points(q, id, dimension);
                yield sum;
            }
            case AnswerValue.Number n -> scaleEarned(q, dimension, n.value());
            case AnswerValue.Bool b -> b.value() ? q.points(dimension) : 0;
            case AnswerValue.Text t -> 0;
        };
    }

    private static double points(Question q, String optionId, String dimension) {
        return q.option(optionId).map(o -> o.points(dimension)).orElse(0.0);
    }

    /** Whether an option chosen in this answer is a "don't know": such an answer counts for nothing. */
    private static boolean isDontKnow(Question q, AnswerValue value) {
        if (value instanceof AnswerValue.Choice c) return q.option(c.option()).map(Option::dontKnow).orElse(false);
        if (value instanceof AnswerValue.Choices c) {
            for (String id : c.options()) if (q.option(id).map(Option::dontKnow).orElse(false)) return true;
        }
        return false;
    }

    private static double scaleEarned(Question q, String dimension, double value) {
        double min = q.min().orElse(0);
        double max = q.max().orElse(min);
        return max > min ? q.points(dimension) * (value - min) / (max - min) : 0;
    }
}
