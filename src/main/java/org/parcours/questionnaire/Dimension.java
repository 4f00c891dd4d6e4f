package org.parcours.questionnaire;

import java.util.List;
import java.util.Optional;

/** What is scored; {@code bands} are ordered and the last ends at 100. */
public record Dimension(String id, LocalizedText title, List<Band> bands, Optional<String> phase) {

    public Dimension {
        bands = List.copyOf(bands);
    }

    /** The band a percentage falls in (bands are inclusive at their upper end). */
    public Optional<Band> bandFor(double percent) {
        return bands.stream().filter(b -> percent <= b.upTo()).findFirst();
    }
}
