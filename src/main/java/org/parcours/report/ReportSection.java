package org.parcours.report;

import java.util.Optional;

/**
 * The report's sections, in the order every rendering shows them: the screen, the HTML and PDF (table of contents,
 * anchors, bookmarks), the workbook (one sheet per section that has a table) and the JSON. One list, so that the
 * renderings cannot drift apart.
 */
public enum ReportSection {
    SUMMARY("summary", "section.summary", "sheet.summary", null),
    NEXT_STEPS("next-steps", "section.next_steps", "sheet.actions", "label.no_actions"),
    OPTIONS("options", "section.options", "sheet.options", "label.no_options"),
    PITCHES("pitches", "section.pitches", null, "label.no_options"),
    SPEEDBOAT("speedboat", "section.speedboat", "sheet.speedboat", null),
    RESOURCES("resources", "section.resources", null, "label.no_resources"),
    ANSWERS("answers", "section.answers", "sheet.answers", "label.no_answers");

    private final String id;
    private final String titleKey;
    private final String sheetKey;
    private final String emptyKey;

    ReportSection(String id, String titleKey, String sheetKey, String emptyKey) {
        this.id = id;
        this.titleKey = titleKey;
        this.sheetKey = sheetKey;
        this.emptyKey = emptyKey;
    }

    /** The anchor id on the page and in the HTML, the target of bookmarks. */
    public String id() {
        return id;
    }

    public String title(Report report) {
        return report.label(titleKey);
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
