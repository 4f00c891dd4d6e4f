package org.parcours.questionnaire;

import java.util.Map;
import java.util.Optional;

/** One choice of a single or multiple question. Points are per dimension id. */
public record Option(String id, LocalizedText label, Map<String, Double> points, Optional<SpeedboatMark> speedboat,
                     boolean dontKnow, boolean exclusive) {

    public Option {
        points = Map.copyOf(points);
    }

    public double points(String dimensionId) {
        return points.getOrDefault(dimensionId, 0.0);
    }
}
