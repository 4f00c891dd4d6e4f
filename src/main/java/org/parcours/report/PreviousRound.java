package org.parcours.report;

import java.time.LocalDate;
import java.util.List;
import org.parcours.engine.CarryOver;
import org.parcours.engine.Evaluation;

/**
 * An earlier round of the diagnostic, as the report's « Votre progression » reads it.
 *
 * @param date       the day the round was taken
 * @param evaluation its answers evaluated against the questionnaire version they were given against (or, when that
 *                   version is not at hand, carried over to the current one: {@code notCarried} then lists what was
 *                   left behind)
 * @param notCarried the answers that could not be carried over to the version {@code evaluation} is of
 */
public record PreviousRound(LocalDate date, Evaluation evaluation, List<CarryOver.NotCarried> notCarried) {

    public PreviousRound {
        notCarried = List.copyOf(notCarried);
    }

    /** A round evaluated against its own questionnaire version: nothing was carried. */
    public PreviousRound(LocalDate date, Evaluation evaluation) {
        this(date, evaluation, List.of());
    }
}
