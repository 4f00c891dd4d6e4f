package org.parcours.export.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.export.workbook.Table.Cell;
import org.parcours.export.workbook.Table.Column;
import org.parcours.report.ComparisonReport;
import org.parcours.report.Divergence;
import org.parcours.report.ReportLabels;

/**
 * The divergence as sheets: every compared question, the most divergent first (the index as a percent, with bars),
 * and the members' scores per dimension.
 */
final class DivergenceRows {

    private DivergenceRows() {
    }

    static Table questions(String name, ReportLabels labels, Divergence d) {
        boolean agreed = d.questions().stream().anyMatch(l -> l.agreed().isPresent());
        List<List<Cell>> rows = new ArrayList<>();
        for (Divergence.Line line : d.questions()) {
            rows.add(List.of(Table.text(line.question().label()), new Table.Number(100 * line.index()),
                    Table.text(line.phaseTitle()), new Table.Whole(line.answered()),
                    Table.text(line.countsText(labels)), Table.text(line.range().orElse("")),
                    Table.text((agreed ? line.agreed() : line.proposed()).map(Divergence.Shown::text).orElse(""))));
        }
        int divergent = d.divergent().size();
        return new Table(name, columns(labels, new String[] {"label.question", "label.divergence_index",
                "label.phase", "label.answers_count", "label.spread", "label.range_title", agreed ? "label.agreed"
                : "label.proposed"}, new int[] {50, 12, 20, 10, 50, 36, 36}), rows,
                divergent == 0 ? Optional.empty() : Optional.of(new Table.Bars(labels.get("section.divergence"),
                        labels.get("label.divergence_index"), 0, 1, divergent)));
    }

    static Table scores(ReportLabels labels, Divergence d) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Divergence.ScoreRange s : d.scores()) {
            rows.add(List.of(Table.text(s.title()), new Table.Whole(s.scored()), number(s, 0), number(s, 1),
                    number(s, 2)));
        }
        return new Table(labels.get("sheet.member_scores"), columns(labels, new String[] {"label.dimension",
                "label.members_scored", "label.min", "label.median", "label.max"}, new int[] {30, 14, 12, 12, 12}),
                rows, Optional.empty());
    }

    private static Cell number(Divergence.ScoreRange s, int which) {
        return s.range().<Cell>map(r -> new Table.Number(switch (which) {
            case 0 -> r.min();
            case 1 -> r.median();
            default -> r.max();
        })).orElse(new Table.Empty());
    }

    /** The comparison alone: an index sheet, the questions, the scores. */
    static Workbook of(ComparisonReport c) {
        ReportLabels labels = c.labels();
        Table questions = questions(labels.get("sheet.divergence"), labels, c.divergence());
        Table scores = scores(labels, c.divergence());
        List<List<Cell>> index = new ArrayList<>();
        index.add(List.of(Table.text(labels.get("report.questionnaire")), Table.text(c.title())));
        index.add(List.of(Table.text(labels.get("report.version")), Table.text(c.questionnaireVersion())));
        index.add(List.of(Table.text(labels.get("report.date")), Table.text(c.dateText())));
        index.add(List.of(Table.text(""), Table.text(labels.format("divergence.intro", c.divergence().members()))));
        index.add(List.of());
        for (Table sheet : List.of(questions, scores)) {
            index.add(List.of(Table.text(labels.get("sheet.index.sheet")), new Table.SheetLink(sheet.name(),
                    sheet.name())));
        }
        Table first = new Table(labels.get("sheet.index"), List.of(new Column(labels.get("label.part"), 24),
                new Column(labels.get("label.answer"), 80)), index, Optional.empty());
        return new Workbook(labels.get("comparison.heading") + " — " + c.title(), List.of(first, questions, scores));
    }

    private static List<Column> columns(ReportLabels labels, String[] keys, int[] widths) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) columns.add(new Column(labels.get(keys[i]), widths[i]));
        return columns;
    }
}
