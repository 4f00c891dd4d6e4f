package org.parcours.feedback;

/** What became of a verdict sent by a team. */
public sealed interface FeedbackOutcome {

    /** Kept; a later verdict on the same recommendation replaces it. */
    record Saved(Feedback feedback) implements FeedbackOutcome {
    }

    /** Not kept, and why: the page says so and nothing else changes. */
    record Refused(Problem problem) implements FeedbackOutcome {
    }

    enum Problem {
        /** The comment is longer than {@link Feedback#MAX_COMMENT} characters. */
        COMMENT_TOO_LONG,
        /** The recommendation is not one of this assessment's questionnaire: a tampered request. */
        UNKNOWN_RECOMMENDATION,
        /** The assessment no longer exists (erased, or its link replaced). */
        UNKNOWN_ASSESSMENT
    }
}
