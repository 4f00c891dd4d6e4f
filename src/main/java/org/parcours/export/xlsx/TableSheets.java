package org.parcours.export.xlsx;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.parcours.report.AnswerLine;
import org.parcours.report.Link;
import org.parcours.report.OptionGroup;
import org.parcours.report.OptionSection;
import org.parcours.report.PhaseSection;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.SpeedboatNotes;
import org.parcours.report.Why;

/** The four table sheets: one header row, then one row per action, option, answer or speed-boat note. */
final class TableSheets {

    /** The options' first source column; further sources go on to its right, as wide. */
    private static final int SOURCES = 9;
    private static final int SOURCE_WIDTH = 36;

    private TableSheets() {
    }

    /** Phase, action, why, effort, and the empty status and owner columns the team fills in. */
    static void actions(XSSFSheet sheet, Report report, Cells cells) {
        cells.header(sheet, labels(report, "label.phase", "label.action", "label.why", "label.effort", "label.status",
                "label.owner"), new int[] {22, 40, 60, 12, 16, 20});
        int at = 1;
        for (PhaseSection phase : report.phases()) {
            for (ReportItem action : phase.actions()) {
                Row row = sheet.createRow(at++);
                cells.text(row, 0, phase.title());
                cells.text(row, 1, action.title());
                cells.text(row, 2, why(report, action.reasons()));
                cells.text(row, 3, action.effortLabel());
                cells.text(row, 4, "");
                cells.text(row, 5, "");
            }
        }
    }

    /**
     * Governance, legal, licence, funding, network and dissemination options with fit, reasons and their sources;
     * the part names the component when the kind ranks per component ("Licences — Code").
     */
    static void options(XSSFSheet sheet, Report report, Cells cells) {
        cells.header(sheet, labels(report, "label.part", "label.rank", "label.title", "label.fit",
                "label.recommended", "label.why", "label.effort", "label.pays_for", "label.eligibility",
                "label.sources"), new int[] {18, 6, 36, 8, 12, 50, 10, 26, 30, SOURCE_WIDTH});
        int most = report.options().stream().flatMap(s -> s.items().stream())
                .mapToInt(i -> i.sources().size()).max().orElse(0);
        for (int s = 1; s < most; s++) Cells.width(sheet, SOURCES + s, SOURCE_WIDTH);
        int at = 1;
        for (OptionSection section : report.options()) {
            for (OptionGroup group : section.groups()) {
                String part = section.perComponent() ? section.title() + " — " + group.title() : section.title();
                at = options(sheet, cells, report, at, part, group.items());
            }
        }
    }

    private static int options(XSSFSheet sheet, Cells cells, Report report, int at, String part,
                               List<ReportItem> items) {
        for (ReportItem item : items) {
            Row row = sheet.createRow(at++);
            cells.text(row, 0, part);
            cells.whole(row, 1, item.rank());
            cells.text(row, 2, item.title());
            cells.whole(row, 3, item.fit());
            cells.text(row, 4, report.label(item.recommended() ? "label.yes" : "label.no"));
            cells.text(row, 5, why(report, item.reasons()));
            cells.text(row, 6, item.effortLabel());
            cells.text(row, 7, String.join(", ", item.paysFor()));
            cells.text(row, 8, item.eligibility().orElse(""));
            List<Link> sources = item.sources();
            for (int s = 0; s < sources.size(); s++) {
                cells.link(row, SOURCES + s, sources.get(s).title(), sources.get(s).url());
            }
        }
        return at;
    }

    static void answers(XSSFSheet sheet, Report report, Cells cells) {
        cells.header(sheet, labels(report, "label.phase", "label.question", "label.answer"), new int[] {22, 60, 60});
        int at = 1;
        for (AnswerLine line : report.answers()) {
            Row row = sheet.createRow(at++);
            cells.text(row, 0, line.phaseTitle());
            cells.text(row, 1, line.question().label());
            cells.text(row, 2, line.answer());
        }
    }

    static void speedboat(XSSFSheet sheet, Report report, Cells cells) {
        cells.header(sheet, labels(report, "label.part", "label.note", "label.question", "label.answer"),
                new int[] {30, 50, 50, 30});
        SpeedboatNotes boat = report.speedboat();
        int at = notes(sheet, cells, 1, report.label("speedboat.wind"), boat.wind());
        at = notes(sheet, cells, at, report.label("speedboat.boat"), boat.boat());
        at = notes(sheet, cells, at, report.label("speedboat.rocks"), boat.rocks());
        Row island = sheet.createRow(at);
        cells.text(island, 0, report.label("speedboat.island"));
        cells.text(island, 1, boat.island().orElse(report.label("speedboat.no_island")));
    }

    private static int notes(XSSFSheet sheet, Cells cells, int at, String part, List<SpeedboatNotes.Note> notes) {
        for (SpeedboatNotes.Note note : notes) {
            Row row = sheet.createRow(at++);
            cells.text(row, 0, part);
            cells.text(row, 1, note.text());
            cells.text(row, 2, note.question().label());
            cells.text(row, 3, note.answer());
        }
        return at;
    }

    /** Each reason on its line, followed by the questions it was read from. */
    private static String why(Report report, List<Why> reasons) {
        return reasons.stream().map(w -> w.because() + w.questions().stream()
                        .map(q -> " (" + report.labels().format("label.from_question", q.label()) + ")")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String[] labels(Report report, String... keys) {
        String[] titles = new String[keys.length];
        for (int i = 0; i < keys.length; i++) titles[i] = report.label(keys[i]);
        return titles;
    }
}
