package org.parcours.report;

import java.util.List;
import java.util.Optional;

/**
 * The synthesis, one page: the three priorities of the next ninety days, the structure, the licence of each
 * component and the two funding leads that fit best, who can help, and what blocks most (the speed boat's rocks).
 * Each item is the same as its full entry, to which the outputs link. When the team set target levels, {@code targets}
 * says how far each of those phases is from its target.
 */
public record Summary(List<PlanItem> priorities, Optional<ReportItem> structure, List<ReportItem> licences,
                      List<ReportItem> funding, List<ReportItem> networks, List<SpeedboatNotes.Note> rocks,
                      List<TargetGap> targets) {

    /** How many funding leads, helpers and rocks the synthesis shows. */
    static final int FUNDING = 2;
    static final int NETWORKS = 3;
    static final int ROCKS = 3;

    public Summary {
        priorities = List.copyOf(priorities);
        licences = List.copyOf(licences);
        funding = List.copyOf(funding);
        networks = List.copyOf(networks);
        rocks = List.copyOf(rocks);
        targets = List.copyOf(targets);
    }
}
