package org.parcours.tracker;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.parcours.assessment.AssessmentState;
import org.parcours.export.workbook.PlanColumns;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.parcours.report.ReportLabels;
import org.parcours.report.Tracking;
import org.springframework.stereotype.Service;

/**
 * Reads back a plan sheet the team exported (XLSX or ODS), edited offline, and imports it. Only owner, due date,
 * status and note are read; every other cell is the report's and is ignored, whatever it holds. A row is found
 * by its action id, never by its place. Every row is checked first, and nothing is written unless the whole sheet
 * is valid: each refused cell is reported as {@code sheet!cell: message}. A row edited from an older export of an
 * action changed since (its tracking version is behind) is refused like an answer's conflict. A file of another
 * diagnostic (its index's tracking reference), not a workbook, or larger than {@value #MAX_MEGABYTES} MiB is
 * rejected whole.
 */
@Service
public class PlanSheetImport {

    public static final int MAX_MEGABYTES = 2;
    private static final Pattern REFERENCE = Pattern.compile("P-[0-9a-f]{16}");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final TrackerService tracker;

    PlanSheetImport(TrackerService tracker) {
        this.tracker = tracker;
    }

    /** A row's change, ready once every row passed. */
    private record Row(String actionId, long version, ActionChange change) {
    }

    public ImportOutcome importSheet(AssessmentState state, byte[] file, String locale, Optional<String> by) {
        ResourceBundle texts = ResourceBundle.getBundle("org.parcours.tracker.import",
                Locale.forLanguageTag("en".equals(locale) ? "en" : "fr"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (file.length > MAX_MEGABYTES * 1024 * 1024) {
            return new ImportOutcome.Rejected(text(texts, "import.too_big", MAX_MEGABYTES));
        }
        Optional<SheetGrid> grid = SheetGrid.read(file);
        if (grid.isEmpty()) return new ImportOutcome.Rejected(text(texts, "import.not_a_workbook"));
        Tracking saved = tracker.tracking(state.id());
        if (!saved.sheetReference().equals(reference(grid.get()))) {
            return new ImportOutcome.Rejected(text(texts, "import.other_assessment"));
        }
        Optional<SheetGrid.Named> plan = ReportLabels.LOCALES.stream()
                .flatMap(l -> grid.get().sheet(ReportLabels.of(l).get("sheet.plan")).stream()).findFirst();
        if (plan.isEmpty()) return new ImportOutcome.Rejected(text(texts, "import.no_plan_sheet"));
        List<String> refused = new ArrayList<>();
        List<Row> rows = rows(state, plan.get(), saved, texts, by, refused);
        if (!refused.isEmpty()) return new ImportOutcome.Refused(refused);
        int changed = 0;
        for (Row row : rows) {
            TrackerOutcome outcome = tracker.change(state, row.actionId(), row.version(), row.change(), by);
            if (outcome instanceof TrackerOutcome.Saved) changed++;
        }
        return new ImportOutcome.Imported(changed);
    }

    private static Optional<String> reference(SheetGrid grid) {
        return grid.sheets().stream().flatMap(s -> s.rows().stream()).flatMap(List::stream)
                .filter(v -> v instanceof String text && REFERENCE.matcher(text.strip()).matches())
                .map(v -> ((String) v).strip()).findFirst();
    }

    /** The rows that change something, each checked; the problems go to {@code refused}. */
    private static List<Row> rows(AssessmentState state, SheetGrid.Named plan, Tracking saved, ResourceBundle texts,
                                  Optional<String> by, List<String> refused) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < plan.rows().size(); r++) {
            String actionId = text(plan.value(r, PlanColumns.ID)).orElse("");
            if (actionId.isEmpty()) continue;
            int before = refused.size();
            Optional<ActionStatus> status = status(plan, r, texts, refused);
            Optional<LocalDate> due = due(plan, r, texts, refused);
            ActionChange change = new ActionChange(status.orElse(ActionStatus.TO_START),
                    text(plan.value(r, PlanColumns.OWNER)), due, text(plan.value(r, PlanColumns.NOTE)));
            for (TrackerProblem problem : TrackerService.problems(state.questionnaire(), actionId, change, by)) {
                int column = switch (problem) {
                    case OWNER_TOO_LONG -> PlanColumns.OWNER;
                    case NOTE_TOO_LONG -> PlanColumns.NOTE;
                    case DUE_OUT_OF_RANGE -> PlanColumns.DUE;
                    default -> PlanColumns.ID;
                };
                refused.add(cell(plan, r, column) + ": " + text(texts, "import." + problem.key()));
            }
            if (refused.size() > before) continue;
            ActionTracking now = saved.of(actionId);
            ActionTracking wanted = new ActionTracking(change.status(), change.owner(), change.due(), change.note(),
                    now.version());
            if (wanted.sameValues(now)) continue;
            long version = plan.value(r, PlanColumns.VERSION) instanceof Number n ? n.longValue() : 0;
            if (version != now.version()) {
                refused.add(cell(plan, r, PlanColumns.STATUS) + ": " + text(texts, "import.conflict",
                        now.status().label(ReportLabels.of(texts.getLocale().getLanguage()))));
                continue;
            }
            rows.add(new Row(actionId, version, change));
        }
        return rows;
    }

    private static Optional<ActionStatus> status(SheetGrid.Named plan, int r, ResourceBundle texts,
                                                 List<String> refused) {
        Optional<String> typed = text(plan.value(r, PlanColumns.STATUS));
        if (typed.isEmpty()) return Optional.empty();
        Optional<ActionStatus> status = ActionStatus.parse(typed.get());
        if (status.isEmpty()) {
            refused.add(cell(plan, r, PlanColumns.STATUS) + ": " + text(texts, "import.status", typed.get()));
        }
        return status;
    }

    private static Optional<LocalDate> due(SheetGrid.Named plan, int r, ResourceBundle texts, List<String> refused) {
        Object value = plan.value(r, PlanColumns.DUE);
        if (value instanceof LocalDate date) return Optional.of(date);
        Optional<String> typed = text(value);
        if (typed.isEmpty()) return Optional.empty();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, FRENCH_DATE)) {
            try {
                return Optional.of(LocalDate.parse(typed.get(), format));
            } catch (DateTimeParseException notThisOne) {
                // the next format, or refused below
            }
        }
        refused.add(cell(plan, r, PlanColumns.DUE) + ": " + text(texts, "import.date", typed.get()));
        return Optional.empty();
    }

    private static Optional<String> text(Object value) {
        if (value == null) return Optional.empty();
        String text = value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue())
                : String.valueOf(value);
        return ActionChange.clean(text);
    }

    /** {@code Plan d'action!H7}: the sheet as named in the file, the column's letter, the row's number. */
    private static String cell(SheetGrid.Named sheet, int row, int column) {
        return sheet.name() + "!" + (char) ('A' + column) + (row + 1);
    }

    private static String text(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

}
