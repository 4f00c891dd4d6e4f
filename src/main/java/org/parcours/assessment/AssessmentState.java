package org.parcours.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;

/**
 * An assessment as last saved: the questionnaire version it was answered against, its answers and their
 * evaluation, and the version of each answer, which a change of that answer must name to be accepted.
 */
public record AssessmentState(ResumeToken token, Questionnaire questionnaire, Answers answers, Evaluation evaluation,
                              Map<String, Long> answerVersions, Optional<String> teamName,
                              Optional<String> currentPhase, int currentPart, Instant updatedAt) {

    public AssessmentState {
        answerVersions = Map.copyOf(answerVersions);
    }

    /** The version of a question's answer as saved: 0 when it was never answered. */
    public long versionOf(String questionId) {
        return answerVersions.getOrDefault(questionId, 0L);
    }
}
