package org.parcours.assessment;

import java.time.Instant;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;

/**
 * An assessment as last saved: the questionnaire version it was answered against, its answers and their
 * evaluation, and the {@code version} a change must name to be accepted.
 */
public record AssessmentState(ResumeToken token, Questionnaire questionnaire, Answers answers, Evaluation evaluation,
                              long version, Optional<String> teamName, Optional<String> currentPhase,
                              int currentPart, Instant updatedAt) {
}
