package org.parcours.questionnaire;

/** When {@code condition} holds, the recommendation gains {@code weight} (may be negative) and this reason. */
public record FitCriterion(Condition condition, int weight, LocalizedText because) {
}
