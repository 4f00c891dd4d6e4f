package org.parcours.questionnaire;

/**
 * A knock-out cap of a dimension: while {@code condition} holds, the dimension's level cannot be above the band
 * {@code atMost}, whatever the points; {@code because} says why in the report.
 */
public record Cap(Condition condition, String atMost, LocalizedText because) {
}
