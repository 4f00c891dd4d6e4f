package org.parcours.questionnaire;

import java.util.Optional;

/** A real-world example of a recommendation. */
public record Example(String name, String url, Optional<LocalizedText> note) {
}
