package org.parcours.tracker;

/** Why a change of a tracked action was refused; {@code key} names its text in the interface's messages. */
public enum TrackerProblem {
    /** The action is not one of the questionnaire's actions (a tampered request, an edited id cell). */
    UNKNOWN_ACTION,
    OWNER_TOO_LONG,
    NOTE_TOO_LONG,
    NAME_TOO_LONG,
    /** Before {@link ActionChange#EARLIEST_DUE} or after {@link ActionChange#LATEST_DUE}. */
    DUE_OUT_OF_RANGE;

    public String key() {
        return "tracker.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
