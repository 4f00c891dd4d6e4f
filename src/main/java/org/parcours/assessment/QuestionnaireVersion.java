package org.parcours.assessment;

/** A questionnaire version some assessment was answered against, and how many were. */
public record QuestionnaireVersion(String questionnaireId, String version, long assessments) {
}
