package org.parcours.export.html;

import org.parcours.engine.Horizon;
import org.parcours.markup.Html;
import org.parcours.report.Edition;
import org.parcours.report.PlanGroup;
import org.parcours.report.PlanItem;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;

/**
 * The action plan: every recommended action numbered, by horizon, each with why and effort. The plan edition
 * explains this quarter's actions in full and gives the later ones a line each; the complete edition explains all.
 */
final class HtmlPlan {

    private HtmlPlan() {
    }

    static void plan(Html h, Report report, ScreenExtras extras) {
        HtmlSections.open(h, report, ReportSection.PLAN);
        if (report.plan().isEmpty()) HtmlSections.empty(h, report, ReportSection.PLAN);
        for (PlanGroup group : report.plan()) {
            h.element("h3", group.title(), "id", Html.id("plan", group.horizon().id()));
            h.open("ol", "class", "items plan", "start", String.valueOf(group.items().getFirst().number()));
            for (PlanItem item : group.items()) {
                h.open("li", "class", "item recommended");
                HtmlItems.action(h, report, item, report.edition() == Edition.COMPLETE || item.horizon() == Horizon.NOW,
                        extras);
                h.close("li");
            }
            h.close("ol");
        }
        h.close("section");
    }
}
