package org.parcours.assessment;

import java.time.Instant;
import java.util.Optional;
import org.parcours.engine.Evaluation;

/** An assessment as the operator console reads it: by its id, with its evaluation, never its resume link. */
public record StoredAssessment(long id, Evaluation evaluation, Optional<String> teamName, Instant createdAt,
                               Instant updatedAt) {
}
