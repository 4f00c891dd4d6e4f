package org.parcours.report;

import java.util.List;

/** The recommended dissemination pitches for one persona (id and label), best first. */
public record PitchGroup(String persona, String label, List<ReportItem> pitches) {

    public PitchGroup {
        pitches = List.copyOf(pitches);
    }
}
