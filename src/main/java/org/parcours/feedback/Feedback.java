package org.parcours.feedback;

import java.util.Optional;

/** A team's verdict on one recommendation, with its optional comment. */
public record Feedback(String recommendationId, Verdict verdict, Optional<String> comment) {

    /** Longest comment kept; the field says so, and anything longer is refused rather than cut. */
    public static final int MAX_COMMENT = 1000;
}
