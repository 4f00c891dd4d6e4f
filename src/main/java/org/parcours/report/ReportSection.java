package org.parcours.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The report's sections, in the order every rendering shows them: the screen, the HTML and PDF (table of contents,
 * anchors, bookmarks), the workbook (one sheet per section that has a table, after an index sheet) and the JSON.
 * One list, so that the renderings cannot drift apart; each section says in which editions it appears.
 */
public enum ReportSection {
    SUMMARY("summary", "section.summary", "sheet.summary", null, true),
    PLAN("plan", "section.plan", "sheet.plan", "label.no_actions", true),
    STANDING("standing", "section.standing", null, null, true),
    /** Only when the team has taken the diagnostic before ({@link Report#history()}). */
    PROGRESS("progress", "section.progress", "sheet.progress", null, true),
    /** Only in a team's report, built from its agreed answers ({@link Report#divergence()}). */
    DIVERGENCE("divergence", "section.divergence", "sheet.divergence", "divergence.none", true),
    OPTIONS("options", "section.options", "sheet.options", "label.no_options", true),
    PITCHES("pitches", "section.pitches", null, "label.no_options", true),
    SPEEDBOAT("speedboat", "section.speedboat", "sheet.speedboat", null, true),
    RESOURCES("resources", "section.resources", null, "label.no_resources", false),
    ANSWERS("answers", "section.answers", "sheet.answers", "label.no_answers", false),
    ABOUT("about", "section.about", null, null, true);

    private final String id;
    private final String titleKey;
    private final String sheetKey;
    private final String emptyKey;
    private final boolean inPlan;

    ReportSection(String id, String titleKey, String sheetKey, String emptyKey, boolean inPlan) {
        this.id = id;
        this.titleKey = titleKey;
        this.sheetKey = sheetKey;
        this.emptyKey = emptyKey;
        this.inPlan = inPlan;
    }

    /** The sections of an edition, in order. */
    public static List<ReportSection> of(Edition edition) {
        return Arrays.stream(values()).filter(s -> edition == Edition.COMPLETE || s.inPlan).toList();
    }

    /**
     * Whether a report holds this section whatever its edition: the divergence only in a team's report, the
     * progression only from the second round on.
     */
    public boolean appliesTo(Report report) {
        return switch (this) {
            case DIVERGENCE -> report.divergence().isPresent();
            case PROGRESS -> report.history().isPresent();
            default -> true;
        };
    }

    /** The anchor id on the page and in the HTML, the target of bookmarks. */
    public String id() {
        return id;
    }

    public String title(Report report) {
        return report.label(titleKey);
    }

    /** The title in a language's report texts. */
    public String title(ReportLabels labels) {
        return labels.get(titleKey);
    }

    /** What the section says when it has nothing to show. */
    public String whenEmpty(Report report) {
        return report.label(emptyKey == null ? "label.no_options" : emptyKey);
    }

    /** The label key of the workbook sheet that holds this section, if it has one. */
    public Optional<String> sheetKey() {
        return Optional.ofNullable(sheetKey);
    }
}
