package org.parcours.export.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parcours.export.workbook.Table.Cell;
import org.parcours.export.workbook.Table.Column;
import org.parcours.report.ActionTracking;
import org.parcours.report.AnswerLine;
import org.parcours.report.ComparisonReport;
import org.parcours.report.PhaseSection;
import org.parcours.report.PlanItem;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;
import org.parcours.report.Score;
import org.parcours.report.TargetGap;
import org.parcours.report.Why;

/**
 * The report as a workbook: an index sheet (the report's facts, a link to each sheet, its licence), then a sheet
 * per section that has a table, in the sections' order. Workbooks hold every section whatever the edition: they
 * are the team's working copy (the plan's owner, due date, status and note columns are for the team to fill).
 */
public final class WorkbookBuilder {

    private WorkbookBuilder() {
    }

    public static Workbook of(Report report) {
        List<Table> sheets = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (!section.appliesTo(report)) continue;
            section.sheetKey().ifPresent(key -> sheets.add(sheet(section, report.label(key), report)));
            if (section == ReportSection.DIVERGENCE) {
                sheets.add(DivergenceRows.scores(report.labels(), report.divergence().orElseThrow()));
            }
        }
        List<Table> all = new ArrayList<>();
        all.add(index(report, sheets));
        all.addAll(sheets);
        return new Workbook(report.title(), all);
    }

    /** The comparison alone, before the team has agreed: an index, the compared questions, the member scores. */
    public static Workbook of(ComparisonReport comparison) {
        return DivergenceRows.of(comparison);
    }

    private static Table sheet(ReportSection section, String name, Report report) {
        return switch (section) {
            case SUMMARY -> summary(name, report);
            case PLAN -> plan(name, report);
            case OPTIONS -> OptionRows.options(name, report);
            case SPEEDBOAT -> OptionRows.speedboat(name, report);
            case ANSWERS -> answers(name, report);
            case DIVERGENCE -> DivergenceRows.questions(name, report.labels(), report.divergence().orElseThrow());
            case PROGRESS -> ProgressRows.sheet(name, report);
            default -> throw new IllegalStateException("no sheet for " + section);
        };
    }

    private static Table index(Report report, List<Table> sheets) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(report.label("report.questionnaire"), report.title()));
        rows.add(row(report.label("report.version"), report.questionnaireVersion()));
        report.team().ifPresent(team -> rows.add(row(report.label("report.team"), team)));
        rows.add(row(report.label("report.date"), report.dateText()));
        report.tracking().sheetReference().ifPresent(reference ->
                rows.add(row(report.label("tracker.reference"), reference)));
        rows.add(row(report.label("report.progress"), report.labels().format("report.progress.value",
                report.progress().answered(), report.progress().visible())));
        report.incompleteNotice().ifPresent(notice -> rows.add(row(report.label("report.status"), notice)));
        rows.add(List.of());
        for (Table sheet : sheets) {
            rows.add(List.of(Table.text(report.label("sheet.index.sheet")), new Table.SheetLink(sheet.name(),
                    sheet.name())));
        }
        rows.add(List.of());
        rows.add(row(report.label("section.about"), report.labels().format("about.licence.before",
                report.about().licenceName())));
        report.about().licenceUrl().ifPresent(url -> rows.add(List.of(new Table.Empty(), new Table.Link(url, url))));
        rows.add(row("", report.label("about.invitation")));
        return new Table(report.label("sheet.index"), List.of(new Column(report.label("label.part"), 24),
                new Column(report.label("label.answer"), 80)), rows, Optional.empty());
    }

    /**
     * Scores per phase (phase, score, level, message) with bars over the score column; then, for the phases the team
     * set a target for, the target level and the gap.
     */
    private static Table summary(String name, Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PhaseSection phase : report.phases()) {
            Optional<Score> score = phase.score();
            Optional<TargetGap> target = report.summary().targets().stream()
                    .filter(t -> t.phaseId().equals(phase.id())).findFirst();
            rows.add(List.of(Table.text(phase.title()),
                    score.filter(Score::isPresent).<Cell>map(s -> new Table.Number(s.percent().getAsDouble()))
                            .orElse(new Table.Empty()),
                    Table.text(score.flatMap(Score::level).map(Score.Level::label).orElse("")),
                    Table.text(score.map(s -> message(report, s)).orElse("")),
                    Table.text(target.map(t -> t.target().label()).orElse("")),
                    Table.text(target.map(TargetGap::text).orElse(""))));
        }
        return new Table(name, columns(report, new String[] {"label.phase", "label.score", "label.level",
                "label.message", "label.target", "label.gap"}, new int[] {28, 10, 20, 70, 16, 20}), rows,
                rows.isEmpty() ? Optional.empty() : Optional.of(new Table.Bars(report.label("chart.phases.title"),
                        report.label("label.score"), 0, 1, rows.size())));
    }

    private static String message(Report report, Score score) {
        if (!score.capped()) return score.message();
        return score.message() + score.caps().stream().map(c -> "\n" + report.labels().format("label.capped",
                c.because())).collect(Collectors.joining());
    }

    /**
     * The plan, one action a row, numbered, with the team's follow-up: owner, due date (ISO, {@code 2027-03-31}),
     * status, note — the columns a team edits offline and imports back ({@link PlanColumns}) — then whether it is
     * overdue, the action's id, by which a filled sheet is read back, and the version of its follow-up, by which an
     * import tells a row edited on an older one.
     */
    private static Table plan(String name, Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PlanItem item : report.planItems()) {
            ActionTracking tracking = report.trackingOf(item);
            rows.add(List.of(new Table.Whole(item.number()), Table.text(report.label("plan." + item.horizon().id())),
                    Table.text(item.action().title()), Table.text(why(report, item.action().reasons())),
                    Table.text(item.action().effortLabel()), Table.text(tracking.owner().orElse("")),
                    Table.text(tracking.due().map(Object::toString).orElse("")),
                    Table.text(tracking.status().label(report.labels())), Table.text(tracking.note().orElse("")),
                    Table.text(report.overdue(item) ? report.label("tracker.overdue.yes") : ""),
                    Table.text(item.action().id()), new Table.Whole(tracking.version())));
        }
        return new Table(name, columns(report, new String[] {"label.number", "label.horizon", "label.action",
                "label.why", "label.effort", "label.owner", "label.due", "label.status", "label.note",
                "tracker.overdue", "label.id", "tracker.version"},
                new int[] {6, 14, 40, 60, 12, 20, 14, 14, 30, 12, 24, 10}), rows, Optional.empty());
    }

    private static Table answers(String name, Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (AnswerLine line : report.answers()) {
            rows.add(List.of(Table.text(line.phaseTitle()), Table.text(line.question().label()),
                    Table.text(line.answer())));
        }
        return new Table(name, columns(report, new String[] {"label.phase", "label.question", "label.answer"},
                new int[] {22, 60, 60}), rows, Optional.empty());
    }

    /** Each reason on its line, followed by the questions it was read from. */
    static String why(Report report, List<Why> reasons) {
        return reasons.stream().map(w -> w.because() + w.questions().stream()
                        .map(q -> " (" + report.labels().format("label.from_question", q.label()) + ")")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    static List<Column> columns(Report report, String[] keys, int[] widths) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) columns.add(new Column(report.label(keys[i]), widths[i]));
        return columns;
    }

    private static List<Cell> row(String label, String value) {
        return List.of(Table.text(label), Table.text(value));
    }
}
