package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.report.PhaseSection;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.Score;
import org.parcours.report.ReportSection;

/** The summary (scores and chart) and "your next steps" (actions phase by phase). */
final class HtmlSections {

    /** Opens a section: the anchor its table-of-contents entry and bookmark point to, and its heading. */
    static Html open(Html h, Report report, ReportSection section) {
        return h.open("section", "id", section.id()).element("h2", section.title(report));
    }

    /** What a section says when it has nothing to show. */
    static Html empty(Html h, Report report, ReportSection section) {
        return h.element("p", section.whenEmpty(report), "class", "empty");
    }

    private HtmlSections() {
    }

    static void summary(Html h, Report report, String figure) {
        HtmlSections.open(h, report, ReportSection.SUMMARY).trusted(figure);
        h.open("table").open("thead").open("tr").element("th", report.label("label.phase"), "scope", "col")
                .element("th", report.label("label.score"), "scope", "col")
                .element("th", report.label("label.level"), "scope", "col")
                .element("th", report.label("label.message"), "scope", "col").close("tr").close("thead").open("tbody");
        for (PhaseSection phase : report.phases()) {
            h.open("tr").element("th", phase.title(), "scope", "row");
            phase.score().ifPresentOrElse(s -> message(h.element("td", s.percentText())
                            .element("td", s.level().map(Score.Level::label).orElse(report.label("label.none"))),
                            report, s),
                    () -> h.element("td", report.label("label.none")).element("td", report.label("label.none"))
                            .element("td", report.label("label.none")));
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    /** The message cell: the band's message, then why the level is capped when it is. */
    private static void message(Html h, Report report, Score s) {
        h.open("td").text(s.message());
        if (s.capped()) {
            s.caps().forEach(c -> h.element("p", report.labels().format("label.capped", c.because()),
                    "class", "capped"));
        }
        h.close("td");
    }

    static void nextSteps(Html h, Report report) {
        HtmlSections.open(h, report, ReportSection.NEXT_STEPS);
        for (PhaseSection phase : report.phases()) {
            h.element("h3", phase.title(), "id", Html.id("phase", phase.id()));
            if (!phase.intro().isEmpty()) h.open("div", "class", "intro").trusted(phase.intro().html()).close("div");
            if (phase.actions().isEmpty()) {
                HtmlSections.empty(h, report, ReportSection.NEXT_STEPS);
                continue;
            }
            h.open("ol", "class", "items");
            for (ReportItem action : phase.actions()) {
                h.open("li");
                HtmlItems.item(h, report, action, "h4", false);
                h.close("li");
            }
            h.close("ol");
        }
        h.close("section");
    }
}
