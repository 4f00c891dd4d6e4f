package org.parcours.export.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.export.workbook.Table.Cell;
import org.parcours.export.workbook.Table.Column;
import org.parcours.report.Report;
import org.parcours.report.ReportHistory;
import org.parcours.report.ReportHistory.Change;
import org.parcours.report.ReportHistory.PhaseLine;
import org.parcours.report.ReportHistory.Round;

/**
 * « Votre progression » as a sheet: a row per phase with its score in each round (a column per round, oldest first)
 * and the levels gained or lost, then the rounds' dates and versions, the recommendations that appeared or went away,
 * the actions done and the answers not carried over, one a row under a heading row.
 */
final class ProgressRows {

    private ProgressRows() {
    }

    static Table sheet(String name, Report report) {
        ReportHistory history = report.history().orElseThrow();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(report.label("label.phase"), 28));
        for (Round round : history.rounds()) {
            columns.add(new Column(report.labels().format("progress.round", round.number()), 12));
        }
        columns.add(new Column(report.label("label.trend"), 40));
        List<List<Cell>> rows = new ArrayList<>();
        for (PhaseLine phase : history.phases()) {
            List<Cell> row = new ArrayList<>();
            row.add(Table.text(phase.title()));
            phase.points().forEach(p -> row.add(p.percent().isPresent() ? new Table.Number(p.percent().getAsDouble())
                    : new Table.Empty()));
            row.add(Table.text(phase.trendText()));
            rows.add(row);
        }
        rows.add(List.of());
        history.rounds().forEach(r -> rows.add(List.of(Table.text(report.labels().format("progress.round.when",
                r.number(), r.dateText(), r.questionnaireVersion())))));
        int idColumn = columns.size() - 1;
        changes(rows, report, "progress.appeared", history.appeared(), idColumn);
        changes(rows, report, "progress.went_away", history.wentAway(), idColumn);
        changes(rows, report, "progress.done", history.actionsDone(), idColumn);
        for (Round round : history.rounds()) {
            if (round.notCarried().isEmpty()) continue;
            rows.add(List.of());
            rows.add(List.of(Table.text(report.labels().format("progress.not_carried", round.number()))));
            round.notCarried().forEach(line -> rows.add(List.of(new Table.Empty(), Table.text(line))));
        }
        return new Table(name, columns, rows, Optional.empty());
    }

    /**
     * A heading row, then one row per change, or « Aucune. »: its title in the first column, where a reader looks,
     * and its id in the last one (column {@code idColumn}), for whoever sorts or matches the sheet.
     */
    private static void changes(List<List<Cell>> rows, Report report, String key, List<Change> changes,
                                int idColumn) {
        rows.add(List.of());
        rows.add(List.of(Table.text(report.label(key))));
        if (changes.isEmpty()) rows.add(List.of(Table.text(report.label("progress.none"))));
        for (Change change : changes) {
            List<Cell> row = new ArrayList<>();
            row.add(Table.text(change.title()));
            while (row.size() < idColumn) row.add(new Table.Empty());
            row.add(Table.text(change.id()));
            rows.add(row);
        }
    }
}
