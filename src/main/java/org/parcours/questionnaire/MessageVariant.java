package org.parcours.questionnaire;

/** A band's message for the answers where {@code condition} holds, so that no message asserts what they contradict. */
public record MessageVariant(Condition condition, LocalizedText message) {
}
