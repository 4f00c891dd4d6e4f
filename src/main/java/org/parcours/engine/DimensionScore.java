package org.parcours.engine;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Cap;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.LocalizedText;

/**
 * Score of one dimension: earned ÷ attainable × 100 over visible, answered, not "don't know" questions.
 * With nothing attainable, {@code percent}, {@code band} and {@code message} are empty (absent, not 0) and no cap
 * applies. {@code band} is the level shown: the points' band, or a cap's {@code at_most} band when a cap that held
 * is lower ({@code capped}); {@code caps} are every cap that held, in the dimension's order. {@code message} is the
 * shown band's message: its first variant that holds, else its own.
 */
public record DimensionScore(Dimension dimension, OptionalDouble percent, Optional<Band> band, double earned,
                             double attainable, List<Cap> caps, boolean capped, Optional<LocalizedText> message) {

    public DimensionScore {
        caps = List.copyOf(caps);
    }

    /** The value {@code score.<id>} reads in expressions: the percent (never capped), or -1.0 when absent. */
    public double asCelValue() {
        return percent.orElse(-1.0);
    }
}
