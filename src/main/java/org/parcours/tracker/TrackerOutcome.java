package org.parcours.tracker;

import java.util.List;
import org.parcours.report.ActionTracking;

/** What became of a change of a tracked action: the answers' four outcomes, for the tracker. */
public sealed interface TrackerOutcome {

    /** Stored (or nothing to store: the same values); {@code now} is the action as it now is. */
    record Saved(String actionId, ActionTracking now) implements TrackerOutcome {
    }

    /** Not stored: the values break the tracker's limits. Nothing already saved changed. */
    record Refused(List<TrackerProblem> problems) implements TrackerOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Not stored: the action was changed since the version the caller saw (another tab, a teammate, an import).
     * {@code theirs} holds the values now saved and their version: naming it in a new change keeps one's own
     * values knowingly.
     */
    record Conflict(String actionId, ActionTracking theirs) implements TrackerOutcome {
    }

    /** Not stored: the assessment no longer exists. */
    record NotFound() implements TrackerOutcome {
    }
}
