package org.parcours.assessment;

import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.Questionnaire;

/**
 * A solo assessment as it becomes a team diagnostic: its row and snapshot ids, the questionnaire it is answered
 * against and its answers as saved, its team name and language.
 */
public record SoloAssessment(long id, long snapshotId, Questionnaire questionnaire, Answers answers,
                             Optional<String> teamName, String locale) {
}
