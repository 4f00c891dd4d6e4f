package org.parcours.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the report needs beyond the evaluation: the team or project name (typed by users, optional), the date
 * printed on the report, taken from a {@link Clock} so that tests and golden files are deterministic, and the
 * edition (the plan, unless the complete report is asked for), and what « Votre progression » and the targets in
 * the synthesis read ({@link ProgressInput}: none for a first diagnostic), and the team's follow-up of its plan
 * (none unless given).
 */
public record ReportContext(Optional<String> team, LocalDate date, Edition edition, ProgressInput progress,
                            Tracking tracking) {

    public ReportContext {
        team = team.map(String::strip).filter(t -> !t.isEmpty());
    }

    public ReportContext(Optional<String> team, LocalDate date, Edition edition) {
        this(team, date, edition, ProgressInput.NONE, Tracking.NONE);
    }

    public static ReportContext of(Clock clock) {
        return new ReportContext(Optional.empty(), LocalDate.now(clock), Edition.PLAN);
    }

    public static ReportContext on(LocalDate date) {
        return new ReportContext(Optional.empty(), date, Edition.PLAN);
    }

    /** The same context for a named team; a blank name means no name. */
    public ReportContext withTeam(String team) {
        return new ReportContext(Optional.of(team), date, edition, progress, tracking);
    }

    public ReportContext withEdition(Edition edition) {
        return new ReportContext(team, date, edition, progress, tracking);
    }

    public ReportContext withProgress(ProgressInput progress) {
        return new ReportContext(team, date, edition, progress, tracking);
    }

    /** The same context with the team's follow-up of its plan. */
    public ReportContext withTracking(Tracking tracking) {
        return new ReportContext(team, date, edition, progress, tracking);
    }
}
