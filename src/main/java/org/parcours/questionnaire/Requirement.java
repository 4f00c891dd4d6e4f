package org.parcours.questionnaire;

/**
 * An eligibility rule of a recommendation: when {@code condition} does not hold, the recommendation is excluded
 * and {@code otherwise} tells the team why (« Non éligible : … »).
 */
public record Requirement(Condition condition, LocalizedText otherwise) {
}
