package org.parcours.questionnaire;

import java.util.List;
import java.util.Optional;

/** What is scored; {@code bands} are ordered and the last ends at 100. {@code caps} may lower the level. */
public record Dimension(String id, LocalizedText title, List<Band> bands, Optional<String> phase, List<Cap> caps) {

    public Dimension {
        bands = List.copyOf(bands);
        caps = List.copyOf(caps);
    }

    public Dimension(String id, LocalizedText title, List<Band> bands, Optional<String> phase) {
        this(id, title, bands, phase, List.of());
    }

    /** The band a percentage falls in (bands are inclusive at their upper end). */
    public Optional<Band> bandFor(double percent) {
        return bands.stream().filter(b -> percent <= b.upTo()).findFirst();
    }

    /** The position of a level among the bands (0 = lowest), or -1 for a level this dimension does not have. */
    public int bandIndex(String level) {
        for (int i = 0; i < bands.size(); i++) if (bands.get(i).level().equals(level)) return i;
        return -1;
    }
}
