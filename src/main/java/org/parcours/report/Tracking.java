package org.parcours.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The team's follow-up of its plan, by action id (a plan action's recommendation id), as the report shows it.
 * {@code revision} moves with every change (what an export cache keys on); {@code sheetReference} is written in
 * the workbook's plan sheet so that a sheet edited offline is imported back into this diagnostic and no other.
 * A report built without a tracker (the command line) has {@link #NONE}: every action untracked.
 */
public record Tracking(Map<String, ActionTracking> actions, long revision, Optional<String> sheetReference) {

    public static final Tracking NONE = new Tracking(Map.of(), 0, Optional.empty());

    public Tracking {
        actions = Map.copyOf(actions);
    }

    public ActionTracking of(String actionId) {
        return actions.getOrDefault(actionId, ActionTracking.UNTRACKED);
    }

    public boolean overdue(String actionId, LocalDate today) {
        return of(actionId).overdue(today);
    }
}
