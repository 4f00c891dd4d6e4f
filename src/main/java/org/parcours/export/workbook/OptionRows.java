package org.parcours.export.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.export.workbook.Table.Cell;
import org.parcours.report.ExcludedItem;
import org.parcours.report.Link;
import org.parcours.report.OptionGroup;
import org.parcours.report.OptionSection;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.SpeedboatNotes;

/** The options sheet (every option of every kind, then those the team is not eligible for) and the speed boat. */
final class OptionRows {

    /** Sources take one column each, as wide. */
    private static final int SOURCE_WIDTH = 36;

    private OptionRows() {
    }

    static Table options(String name, Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        int most = 0;
        for (OptionSection section : report.options()) {
            for (OptionGroup group : section.groups()) {
                for (ReportItem item : group.items()) {
                    rows.add(option(report, section, group, item));
                    most = Math.max(most, item.sources().size());
                }
            }
            for (ExcludedItem x : section.excluded()) {
                rows.add(List.of(Table.text(part(section, group(section, x.component()))),
                        new Table.Empty(), Table.text(x.title()), Table.text(report.label("label.excluded_short")),
                        Table.text(report.label("label.no")), Table.text(report.labels().format("label.not_eligible",
                                String.join("\n", x.reasons())))));
            }
        }
        List<Table.Column> columns = new ArrayList<>(WorkbookBuilder.columns(report, new String[] {"label.part",
            "label.rank", "label.title", "label.fit", "label.recommended", "label.why", "label.against",
            "label.effort", "label.pays_for", "label.eligibility", "label.sources"},
                new int[] {22, 6, 36, 14, 12, 50, 40, 10, 26, 30, SOURCE_WIDTH}));
        for (int s = 1; s < most; s++) columns.add(new Table.Column("", SOURCE_WIDTH));
        return new Table(name, columns, rows, Optional.empty());
    }

    private static List<Cell> option(Report report, OptionSection section, OptionGroup group, ReportItem item) {
        List<Cell> row = new ArrayList<>(List.of(
                Table.text(part(section, section.perComponent() ? group.title() : "")), new Table.Whole(item.rank()),
                Table.text(item.title()), Table.text(item.fitLabel()),
                Table.text(report.label(item.recommended() ? "label.yes" : "label.no")),
                Table.text(WorkbookBuilder.why(report, item.reasons())),
                Table.text(WorkbookBuilder.why(report, item.against())), Table.text(item.effortLabel()),
                Table.text(String.join(", ", item.paysFor())), Table.text(item.eligibility().orElse(""))));
        for (Link source : item.sources()) row.add(new Table.Link(source.title(), source.url()));
        return row;
    }

    /** The kind, and the component of its ranking when the kind is ranked per component: "Licences — Code". */
    private static String part(OptionSection section, String group) {
        return group.isEmpty() ? section.title() : section.title() + " — " + group;
    }

    private static String group(OptionSection section, Optional<String> component) {
        return component.flatMap(id -> section.groups().stream().filter(g -> g.component().equals(component))
                .map(OptionGroup::title).findFirst()).orElse("");
    }

    static Table speedboat(String name, Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        SpeedboatNotes boat = report.speedboat();
        notes(rows, report.label("speedboat.wind"), boat.wind());
        notes(rows, report.label("speedboat.boat"), boat.boat());
        notes(rows, report.label("speedboat.rocks"), boat.rocks());
        rows.add(List.of(Table.text(report.label("speedboat.island")),
                Table.text(boat.island().orElse(report.label("speedboat.no_island")))));
        return new Table(name, WorkbookBuilder.columns(report, new String[] {"label.part", "label.note",
            "label.question", "label.answer"}, new int[] {30, 50, 50, 30}), rows, Optional.empty());
    }

    private static void notes(List<List<Cell>> rows, String part, List<SpeedboatNotes.Note> notes) {
        for (SpeedboatNotes.Note note : notes) {
            rows.add(List.of(Table.text(part), Table.text(note.text()), Table.text(note.question().label()),
                    Table.text(note.answer())));
        }
    }
}
