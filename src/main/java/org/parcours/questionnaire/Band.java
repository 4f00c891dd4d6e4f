package org.parcours.questionnaire;

/** A score range of a dimension: from the previous band's {@code upTo} (exclusive) to {@code upTo} (inclusive). */
public record Band(double upTo, String level, LocalizedText label, LocalizedText message) {
}
