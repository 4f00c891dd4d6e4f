package org.parcours.export.html;

import org.parcours.markup.Html;
import java.util.List;
import org.parcours.report.OptionSection;
import org.parcours.report.PitchGroup;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.ReportSection;

/**
 * Ranked options per kind, then the dissemination pitches per persona. As on the screen, the best
 * {@link OptionSection#OPEN_BY_DEFAULT} of each kind are shown in full; the page is printed, so the others, instead
 * of one click away, are one line each: rank, title, fit, recommended or not.
 */
final class HtmlOptions {

    private HtmlOptions() {
    }

    static void options(Html h, Report report) {
        HtmlSections.open(h, report, ReportSection.OPTIONS);
        for (OptionSection section : report.options()) {
            h.element("h3", section.title(), "id", Html.id("kind", section.kind().id()));
            if (section.items().isEmpty()) {
                HtmlSections.empty(h, report, ReportSection.OPTIONS);
                continue;
            }
            int open = Math.min(OptionSection.OPEN_BY_DEFAULT, section.items().size());
            h.open("div", "class", "items");
            for (ReportItem item : section.items().subList(0, open)) {
                h.open("div", "class", item.recommended() ? "item recommended" : "item");
                HtmlItems.item(h, report, item, "h4", true);
                h.close("div");
            }
            h.close("div");
            more(h, report, section.items().subList(open, section.items().size()));
        }
        h.close("section");
    }

    private static void more(Html h, Report report, List<ReportItem> rest) {
        if (rest.isEmpty()) return;
        h.element("p", report.labels().format("label.more", rest.size()), "class", "label").open("ul", "class", "more");
        for (ReportItem item : rest) {
            h.element("li", item.rank() + ". " + item.title() + " — " + HtmlItems.fit(report, item),
                    "id", Html.id("rec", item.id()));
        }
        h.close("ul");
    }

    static void pitches(Html h, Report report) {
        HtmlSections.open(h, report, ReportSection.PITCHES);
        if (report.pitches().isEmpty()) HtmlSections.empty(h, report, ReportSection.PITCHES);
        for (PitchGroup group : report.pitches()) {
            h.element("h3", group.label(), "id", Html.id("persona", group.persona()));
            for (ReportItem pitch : group.pitches()) {
                h.open("div", "class", "item");
                HtmlItems.item(h, report, pitch, "h4", false);
                h.close("div");
            }
        }
        h.close("section");
    }
}
