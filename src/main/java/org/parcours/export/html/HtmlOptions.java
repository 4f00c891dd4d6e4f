package org.parcours.export.html;

import org.parcours.markup.Html;
import java.util.List;
import org.parcours.report.ExcludedItem;
import org.parcours.report.OptionGroup;
import org.parcours.report.OptionSection;
import org.parcours.report.PitchGroup;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.ReportSection;

/**
 * Ranked options per kind (one ranking per component when the kind has components), then the dissemination
 * pitches per persona. As on the screen, the best {@link OptionSection#OPEN_BY_DEFAULT} of each ranking are shown
 * in full; the page is printed, so the others, instead of one click away, are one line each: rank, title, fit,
 * recommended or not. The options the team is not eligible for close each kind, with why.
 */
final class HtmlOptions {

    private HtmlOptions() {
    }

    static void options(Html h, Report report) {
        HtmlSections.open(h, report, ReportSection.OPTIONS);
        for (OptionSection section : report.options()) {
            h.element("h3", section.title(), "id", Html.id("kind", section.kind().id()));
            if (section.items().isEmpty()) HtmlSections.empty(h, report, ReportSection.OPTIONS);
            for (OptionGroup group : section.groups()) {
                String heading = "h4";
                if (section.perComponent()) {
                    h.element("h4", group.title(), "id", Html.id("kind", section.kind().id() + "-"
                            + group.component().orElse("all")));
                    heading = "h5";
                }
                ranking(h, report, group.items(), heading);
            }
            excluded(h, report, section.excluded());
        }
        h.close("section");
    }

    private static void ranking(Html h, Report report, List<ReportItem> items, String heading) {
        int open = Math.min(OptionSection.OPEN_BY_DEFAULT, items.size());
        h.open("div", "class", "items");
        for (ReportItem item : items.subList(0, open)) {
            h.open("div", "class", item.recommended() ? "item recommended" : "item");
            HtmlItems.item(h, report, item, heading, true);
            h.close("div");
        }
        h.close("div");
        more(h, report, items.subList(open, items.size()));
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

    /** The options the team is not eligible for, each with why, as one closed list under the kind. */
    private static void excluded(Html h, Report report, List<ExcludedItem> excluded) {
        if (excluded.isEmpty()) return;
        h.open("details", "class", "excluded")
                .element("summary", report.labels().format("label.excluded", excluded.size())).open("ul");
        for (ExcludedItem x : excluded) {
            h.element("li", x.title() + " — " + report.labels().format("label.not_eligible",
                    String.join(report.label("label.list_separator"), x.reasons())), "id", Html.id("rec", x.id()));
        }
        h.close("ul").close("details");
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
