package org.parcours.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The score of one dimension. With a percent come a level and the level's message; without one (nothing
 * attainable was answered) {@code level} is empty and {@code message} says why, in the report's locale.
 * {@code percentText} is the percent as people read it ("62 %"), or a dash when absent.
 */
public record Score(String dimensionId, String title, OptionalDouble percent, String percentText,
                    Optional<Level> level, String message) {

    /** A band reached: its stable id (for JSON and styling) and its label. */
    public record Level(String id, String label) {
    }

    public boolean isPresent() {
        return percent.isPresent();
    }
}
