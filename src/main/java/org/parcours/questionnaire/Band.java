package org.parcours.questionnaire;

import java.util.List;

/**
 * A score range of a dimension: from the previous band's {@code upTo} (exclusive) to {@code upTo} (inclusive).
 * {@code message} is shown unless one of the {@code variants} holds (the first that holds wins).
 */
public record Band(double upTo, String level, LocalizedText label, LocalizedText message,
                   List<MessageVariant> variants) {

    public Band {
        variants = List.copyOf(variants);
    }

    public Band(double upTo, String level, LocalizedText label, LocalizedText message) {
        this(upTo, level, label, message, List.of());
    }
}
