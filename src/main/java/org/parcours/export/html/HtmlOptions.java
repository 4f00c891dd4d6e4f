package org.parcours.export.html;

import org.parcours.report.OptionSection;
import org.parcours.report.PitchGroup;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;

/** Ranked options per kind, then the dissemination pitches per persona. Everything is open: the page is printed. */
final class HtmlOptions {

    private HtmlOptions() {
    }

    static void options(Html h, Report report) {
        h.open("section", "id", "options").element("h2", report.label("section.options"));
        for (OptionSection section : report.options()) {
            h.element("h3", section.title(), "id", Html.id("kind", section.kind()));
            if (section.items().isEmpty()) {
                h.element("p", report.label("label.no_options"), "class", "empty");
                continue;
            }
            h.open("div", "class", "items");
            for (ReportItem item : section.items()) {
                h.open("div", "class", item.recommended() ? "item recommended" : "item");
                HtmlItems.item(h, report, item, "h4", true);
                h.close("div");
            }
            h.close("div");
        }
        h.close("section");
    }

    static void pitches(Html h, Report report) {
        h.open("section", "id", "pitches").element("h2", report.label("section.pitches"));
        if (report.pitches().isEmpty()) h.element("p", report.label("label.no_options"), "class", "empty");
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
