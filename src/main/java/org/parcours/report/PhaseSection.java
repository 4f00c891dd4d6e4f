package org.parcours.report;

import org.parcours.markup.RichText;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.Progress;

/**
 * One phase of the report: its title and intro, its score when a dimension is scored for it, how many of its
 * questions were answered, and "your next steps": the recommended actions of the phase, best first.
 */
public record PhaseSection(String id, String title, RichText intro, Optional<Score> score, Progress progress,
                           List<ReportItem> actions) {

    public PhaseSection {
        actions = List.copyOf(actions);
    }
}
