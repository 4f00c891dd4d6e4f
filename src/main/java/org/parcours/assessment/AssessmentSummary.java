package org.parcours.assessment;

import java.time.Instant;
import java.util.Optional;

/** One line of the console's list: what an operator may see of an assessment without opening it. */
public record AssessmentSummary(long id, Instant createdAt, Instant updatedAt, String questionnaireId,
                                String questionnaireVersion, Optional<String> teamName, int answered, int visible,
                                boolean finished) {

    /** The share of visible questions answered, 0..100. */
    public int percent() {
        return visible == 0 ? 100 : (int) Math.floor(100.0 * answered / visible);
    }
}
