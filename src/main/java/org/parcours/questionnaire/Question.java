package org.parcours.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One question. Which fields matter depends on {@link #type()}: options for single/multiple, min/max for
 * scale (integers, both set) and number (optional bounds), points for scale/boolean, maxLength for text.
 */
public record Question(String id, String phaseId, QuestionType type, LocalizedText label, Optional<LocalizedText> help,
                       boolean required, Optional<Condition> visibleIf, List<Option> options,
                       OptionalDouble min, OptionalDouble max, Optional<LocalizedText> minLabel,
                       Optional<LocalizedText> maxLabel, Map<String, Double> points, Optional<LocalizedText> unit,
                       int maxLength) {

    /** Longest text answer accepted when the question does not say. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    public Question {
        options = List.copyOf(options);
        points = Map.copyOf(points);
    }

    /** The option with this id (a loop: the engine asks for each chosen option of each evaluation). */
    public Optional<Option> option(String optionId) {
        for (Option o : options) if (o.id().equals(optionId)) return Optional.of(o);
        return Optional.empty();
    }

    public double points(String dimensionId) {
        return points.getOrDefault(dimensionId, 0.0);
    }
}
