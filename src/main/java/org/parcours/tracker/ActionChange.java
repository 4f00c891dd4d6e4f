package org.parcours.tracker;

import java.time.LocalDate;
import java.util.Optional;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;

/**
 * What a team wants one tracked action to be: all four values at once, as a form or a sheet row shows them. The
 * service cleans the texts (trimmed, control characters other than line breaks turned to spaces, blank = none)
 * and checks them against the limits below.
 */
public record ActionChange(ActionStatus status, Optional<String> owner, Optional<LocalDate> due,
                           Optional<String> note) {

    /** Characters of an owner: a name, a department, a partner. */
    public static final int MAX_OWNER = 200;
    /** Characters of a note. */
    public static final int MAX_NOTE = 2000;
    /** Characters of the name a member gives as the author of a change. */
    public static final int MAX_NAME = 100;
    /** The due dates accepted: a typo such as year 20266 is refused, not kept. */
    public static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DUE = LocalDate.of(2099, 12, 31);

    public ActionChange {
        owner = owner.flatMap(ActionChange::clean);
        note = note.flatMap(ActionChange::clean);
    }

    /** The values a tracked action has now: the start of a form. */
    public static ActionChange of(ActionTracking tracking) {
        return new ActionChange(tracking.status(), tracking.owner(), tracking.due(), tracking.note());
    }

    public ActionChange withStatus(ActionStatus status) {
        return new ActionChange(status, owner, due, note);
    }

    /** Trimmed, control characters other than line breaks as spaces; blank is nothing. */
    static Optional<String> clean(String text) {
        if (text == null) return Optional.empty();
        String cleaned = text.replaceAll("\\r\\n?", "\n").replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
