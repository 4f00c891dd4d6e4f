package org.parcours.questionnaire;

import java.util.Optional;

/** A real-world example of a recommendation; its name may be localised. */
public record Example(LocalizedText name, String url, Optional<LocalizedText> note) {
}
