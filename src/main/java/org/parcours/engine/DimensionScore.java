package org.parcours.engine;

import java.util.Optional;
import java.util.OptionalDouble;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Dimension;

/**
 * Score of one dimension: earned ÷ attainable × 100 over visible, answered, not "don't know" questions.
 * With nothing attainable, {@code percent} and {@code band} are empty (absent, not 0).
 */
public record DimensionScore(Dimension dimension, OptionalDouble percent, Optional<Band> band, double earned,
                             double attainable) {

    /** The value {@code score.<id>} reads in expressions: the percent, or -1.0 when absent. */
    public double asCelValue() {
        return percent.orElse(-1.0);
    }
}
