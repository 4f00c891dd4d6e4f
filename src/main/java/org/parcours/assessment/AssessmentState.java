package org.parcours.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;

/**
 * An assessment as last saved: the questionnaire version it was answered against, its answers and their
 * evaluation, and the version of each answer, which a change of that answer must name to be accepted; {@code id}
 * is the assessment's row, which never changes (unlike its resume token); {@code round} says which round of the
 * team's diagnostic it is, and which of its answers, carried from the previous round, are still « à confirmer ».
 */
public record AssessmentState(ResumeToken token, Questionnaire questionnaire, Answers answers, Evaluation evaluation,
                              Map<String, Long> answerVersions, Optional<String> teamName,
                              Optional<String> currentPhase, int currentPart, Instant updatedAt, long id,
                              Round round) {

    public AssessmentState {
        answerVersions = Map.copyOf(answerVersions);
    }

    /**
     * The assessment's revision: the sum of its answers' versions. Every saved or cleared answer adds one, so two
     * states with the same revision hold the same answers (what an export cache may key on).
     */
    public long revision() {
        return answerVersions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The version of a question's answer as saved: 0 when it was never answered. */
    public long versionOf(String questionId) {
        return answerVersions.getOrDefault(questionId, 0L);
    }
}
