package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.report.PhaseSection;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.Score;

/** The summary (scores and chart) and "your next steps" (actions phase by phase). */
final class HtmlSections {

    private HtmlSections() {
    }

    static void summary(Html h, Report report, String figure) {
        h.open("section", "id", "summary").element("h2", report.label("section.summary")).trusted(figure);
        h.open("table").open("thead").open("tr").element("th", report.label("label.phase"), "scope", "col")
                .element("th", report.label("label.score"), "scope", "col")
                .element("th", report.label("label.level"), "scope", "col")
                .element("th", report.label("label.message"), "scope", "col").close("tr").close("thead").open("tbody");
        for (PhaseSection phase : report.phases()) {
            h.open("tr").element("th", phase.title(), "scope", "row");
            phase.score().ifPresentOrElse(s -> h.element("td", s.percentText())
                            .element("td", s.level().map(Score.Level::label).orElse(report.label("label.none")))
                            .element("td", s.message()),
                    () -> h.element("td", report.label("label.none")).element("td", report.label("label.none"))
                            .element("td", report.label("label.none")));
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    static void nextSteps(Html h, Report report) {
        h.open("section", "id", "next-steps").element("h2", report.label("section.next_steps"));
        for (PhaseSection phase : report.phases()) {
            h.element("h3", phase.title(), "id", Html.id("phase", phase.id()));
            if (!phase.intro().isEmpty()) h.open("div", "class", "intro").trusted(phase.intro().html()).close("div");
            if (phase.actions().isEmpty()) {
                h.element("p", report.label("label.no_actions"), "class", "empty");
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
