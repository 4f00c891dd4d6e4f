/**
 * Assessments: a team's answers to one questionnaire, saved as rows one answer at a time, found again with a
 * resume token, and tied to the exact questionnaire text they were answered against (a snapshot), so that an
 * old assessment keeps working after {@code questionnaires/} changes.
 *
 * <p>{@link org.parcours.assessment.AssessmentService} is the only way in: entities and repositories stay
 * package-private. Every answer is re-validated by the engine before it is stored. May use {@code questionnaire},
 * {@code engine}, Spring and JPA; never the UI.
 */
package org.parcours.assessment;
