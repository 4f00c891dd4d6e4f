package org.parcours.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a team follows one action of its plan: its status, who carries it (free text: a person, a department, a
 * partner — no account), when it is due, a note, and the version of this record (0 while never changed), which a
 * change names so that a change made on an older one is told, not lost.
 */
public record ActionTracking(ActionStatus status, Optional<String> owner, Optional<LocalDate> due,
                             Optional<String> note, long version) {

    /** An action nobody has touched yet: to start, no owner, no date, no note. */
    public static final ActionTracking UNTRACKED = new ActionTracking(ActionStatus.TO_START, Optional.empty(),
            Optional.empty(), Optional.empty(), 0);

    /** Due before {@code today} and neither done nor given up. */
    public boolean overdue(LocalDate today) {
        return !status.closed() && due.map(d -> d.isBefore(today)).orElse(false);
    }

    /** The same values as another record, whatever the versions. */
    public boolean sameValues(ActionTracking other) {
        return status == other.status && owner.equals(other.owner) && due.equals(other.due)
                && note.equals(other.note);
    }
}
