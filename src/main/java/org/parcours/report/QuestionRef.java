package org.parcours.report;

/** A question the report points back to, so the team can change its answer: its id, phase and label. */
public record QuestionRef(String id, String phaseId, String label) {
}
