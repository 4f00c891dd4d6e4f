package org.parcours.assessment;

import org.parcours.engine.CarryOver;

/** What became of a request to take the diagnostic again. */
public sealed interface NextRound {

    /**
     * The new round started: the resume link opens it from now on.
     *
     * @param state      the new round, its carried answers « à confirmer »
     * @param previousId the round it follows, now read-only
     * @param carryOver  what was carried over and what was left behind (nothing when the team chose a blank round)
     */
    record Started(AssessmentState state, long previousId, CarryOver carryOver) implements NextRound {
    }

    /** Someone else started it a moment ago, from the same link: this is that round. */
    record AlreadyStarted(AssessmentState state) implements NextRound {
    }

    /** This team diagnostic was taken again already, from its facilitator's page: the new round has its own link. */
    record AlreadyTakenAgain() implements NextRound {
    }

    /** The assessment is not finished: a round is taken again once every required question is answered. */
    record NotFinished() implements NextRound {
    }

    /** The link opens no assessment (erased, or renewed meanwhile). */
    record NotFound() implements NextRound {
    }
}
