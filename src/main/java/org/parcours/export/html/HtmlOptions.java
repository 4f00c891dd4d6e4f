package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.questionnaire.RecommendationKind;
import java.util.List;
import org.parcours.report.Edition;
import org.parcours.report.ExcludedItem;
import org.parcours.report.OptionGroup;
import org.parcours.report.OptionSection;
import org.parcours.report.PitchGroup;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.ReportSection;

/**
 * Ranked options per kind (one ranking per component when the kind has components), then the dissemination
 * pitches per persona. In the plan edition, as on the screen, the best {@link OptionSection#OPEN_BY_DEFAULT} of
 * each ranking are shown in full; the page is printed, so the others, instead of one click away, are one line
 * each: rank, title, fit in words. The complete edition shows them all in full. The options the team is not
 * eligible for close each kind, with why.
 */
final class HtmlOptions {

    private HtmlOptions() {
    }

    static void options(Html h, Report report, ScreenExtras extras) {
        HtmlSections.open(h, report, ReportSection.OPTIONS);
        for (OptionSection section : report.options()) {
            if (section.kind() == RecommendationKind.DISSEMINATION) continue; // the pitches section shows them
            h.element("h3", section.title(), "id", Html.id("kind", section.kind().id()));
            if (section.items().isEmpty()) HtmlSections.empty(h, report, ReportSection.OPTIONS);
            for (OptionGroup group : section.groups()) {
                String heading = "h4";
                if (section.perComponent()) {
                    h.element("h4", group.title(), "id", Html.id("kind", section.kind().id() + "-"
                            + group.component().orElse("all")));
                    heading = "h5";
                }
                ranking(h, report, group.items(), heading, extras);
            }
            excluded(h, report, section.excluded());
        }
        h.close("section");
    }

    /**
     * The plan edition shows in full the best recommended options of the ranking (three at most), the complete
     * edition every option; the others are one line each.
     */
    private static void ranking(Html h, Report report, List<ReportItem> items, String heading,
                                ScreenExtras extras) {
        int open = report.edition() == Edition.COMPLETE ? items.size()
                : (int) items.stream().limit(OptionSection.OPEN_BY_DEFAULT).takeWhile(ReportItem::recommended).count();
        h.open("div", "class", "items");
        boolean full = report.edition() == Edition.COMPLETE;
        for (ReportItem item : items.subList(0, open)) {
            h.open("div", "class", item.recommended() ? "item recommended" : "item");
            HtmlItems.item(h, report, item, heading, true, full, extras);
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

    static void pitches(Html h, Report report, ScreenExtras extras) {
        HtmlSections.open(h, report, ReportSection.PITCHES);
        if (report.pitches().isEmpty()) HtmlSections.empty(h, report, ReportSection.PITCHES);
        for (PitchGroup group : report.pitches()) {
            h.element("h3", group.label(), "id", Html.id("persona", group.persona()));
            List<ReportItem> pitches = report.edition() == Edition.COMPLETE ? group.pitches()
                    : group.pitches().subList(0, Math.min(1, group.pitches().size()));
            for (ReportItem pitch : pitches) {
                h.open("div", "class", "item");
                HtmlItems.item(h, report, pitch, "h4", false, true, extras);
                h.close("div");
            }
            more(h, report, group.pitches().subList(pitches.size(), group.pitches().size()));
        }
        h.close("section");
    }
}
