package org.parcours.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The score of one dimension. With a percent come a level and the level's message (the variant that fits the
 * answers); without one (nothing attainable was answered) {@code level} is empty and {@code message} says why, in
 * the report's locale. {@code percentText} is the percent as people read it ("62 %"), or a dash when absent.
 * {@code caps} are the knock-out caps that held; {@code capped} says whether they lowered the level, which is then
 * the one shown, and the report says why ("Niveau plafonné : …").
 */
public record Score(String dimensionId, String title, OptionalDouble percent, String percentText,
                    Optional<Level> level, String message, List<Cap> caps, boolean capped) {

    public Score {
        caps = List.copyOf(caps);
    }

    /** A band reached: its stable id (for JSON and styling) and its label. */
    public record Level(String id, String label) {
    }

    /** A cap that held: the level it allows at most (stable id), and why, in the report's locale. */
    public record Cap(String level, String because) {
    }

    public boolean isPresent() {
        return percent.isPresent();
    }
}
