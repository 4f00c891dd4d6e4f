package org.parcours.assessment;

import java.time.Instant;
import java.util.Optional;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Questionnaire;

/**
 * A round of the diagnostic that a later one followed: read-only, its answers evaluated against the questionnaire
 * version they were given against.
 *
 * @param number        its number in the series, 1 for the first
 * @param answeredAt    its last change: the day the round was taken, as the progression dates it
 * @param questionnaire the version it was answered against
 * @param evaluation    its answers, evaluated
 * @param teamName      the team or project name it held
 */
public record EarlierRound(int number, Instant answeredAt, Questionnaire questionnaire, Evaluation evaluation,
                           Optional<String> teamName) {
}
