package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.markup.RichText;
import java.util.List;
import org.parcours.report.ActionTracking;
import org.parcours.report.Link;
import org.parcours.report.PlanItem;
import org.parcours.report.QuestionRef;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.Why;

/**
 * One recommendation: title, summary, facts (fit, effort, pays for, eligibility), pros and cons, why, the points to
 * watch (arguments against), links. In full, or brief (the summary's first paragraph, the facts, why and the points
 * to watch): the plan edition keeps to what a team needs to decide.
 */
final class HtmlItems {

    private HtmlItems() {
    }

    static void item(Html h, Report report, ReportItem item, String heading, boolean ranked, boolean full,
                     ScreenExtras extras) {
        h.element(heading, ranked ? item.rank() + ". " + item.title() : item.title(), "id", Html.id("rec", item.id()));
        h.open("p", "class", "facts");
        if (ranked) h.element("span", fit(report, item), "class", "fact");
        fact(h, report, report.label("label.effort"), item.effortLabel());
        if (!item.paysFor().isEmpty()) {
            fact(h, report, report.label("label.pays_for"), String.join(", ", item.paysFor()));
        }
        item.eligibility().ifPresent(e -> fact(h, report, report.label("label.eligibility"), e));
        h.close("p");
        RichText text = full ? item.summary() : item.lead();
        if (!text.isEmpty()) h.open("div", "class", "summary").append(Html.of(text)).close("div");
        if (full) {
            titled(h, report.label("label.pros"), item.pros());
            titled(h, report.label("label.cons"), item.cons());
        }
        whys(h, report, "label.why", "why", item.reasons(), extras);
        whys(h, report, "label.against", "against", item.against(), extras);
        if (full) {
            links(h, report.label("label.examples"), item.examples());
            links(h, report.label("label.sources"), item.sources());
        }
        extras.afterRecommendation(h, report, item);
    }

    /** The fit in words: "Fit: very suitable". */
    static String fit(Report report, ReportItem item) {
        return report.labels().format("label.colon", report.label("label.fit"), item.fitLabel());
    }

    /**
     * An action of the plan: its number and title, effort, then what it is and why; in full, or as one line of why
     * under its title (the plan edition's later actions).
     */
    static void action(Html h, Report report, PlanItem planned, boolean full, ScreenExtras extras) {
        ReportItem item = planned.action();
        h.element("h4", planned.number() + ". " + item.title(), "id", Html.id("rec", item.id()));
        h.open("p", "class", "facts");
        fact(h, report, report.label("label.effort"), item.effortLabel());
        if (!full && !planned.why().isBlank()) fact(h, report, report.label("label.why"), planned.why());
        h.close("p");
        tracking(h, report, planned, extras);
        if (full) {
            if (!item.summary().isEmpty()) {
                h.open("div", "class", "summary").append(Html.of(item.summary())).close("div");
            }
            whys(h, report, "label.why", "why", item.reasons(), extras);
            whys(h, report, "label.against", "against", item.against(), extras);
            links(h, report.label("label.sources"), item.sources());
        }
        extras.afterRecommendation(h, report, item);
    }

    /**
     * How the team follows the action: status, owner, due date, « En retard » in words (never by colour alone),
     * and its note. The files show it for the actions the team tracked; the screen for every action.
     */
    private static void tracking(Html h, Report report, PlanItem planned, ScreenExtras extras) {
        ActionTracking tracking = report.trackingOf(planned);
        if (tracking.version() == 0 && !extras.showsEveryTracking()) return;
        boolean overdue = report.overdue(planned);
        h.open("div", "class", overdue ? "tracking overdue" : "tracking", "id",
                Html.id("track", planned.action().id()));
        h.open("p", "class", "facts");
        fact(h, report, report.label("label.status"), tracking.status().label(report.labels()));
        tracking.owner().ifPresent(owner -> fact(h, report, report.label("label.owner"), owner));
        tracking.due().ifPresent(due -> fact(h, report, report.label("label.due"), report.dateText(due)));
        if (overdue) h.element("strong", "⚠ " + report.label("tracker.overdue"), "class", "overdue-flag");
        h.close("p");
        tracking.note().ifPresent(note -> h.element("p", report.labels().format("label.colon",
                report.label("label.note"), note), "class", "note"));
        extras.trackingControls(h, report, planned);
        h.close("div");
    }

    private static void fact(Html h, Report report, String label, String value) {
        h.element("span", report.labels().format("label.colon", label, value), "class", "fact");
    }

    private static void titled(Html h, String title, List<String> items) {
        if (items.isEmpty()) return;
        h.element("p", title, "class", "label").list("ul", items);
    }

    private static void whys(Html h, Report report, String labelKey, String cssClass, List<Why> whys,
                             ScreenExtras extras) {
        if (whys.isEmpty()) return;
        h.element("p", report.label(labelKey), "class", "label").open("ul", "class", cssClass);
        whys.forEach(w -> why(h, report, w, extras));
        h.close("ul");
    }

    private static void why(Html h, Report report, Why why, ScreenExtras extras) {
        h.open("li").text(why.because());
        for (QuestionRef q : why.questions()) {
            h.text(" ");
            extras.reasonSource(h, q, "(" + report.labels().format("label.from_question", q.label()) + ")");
        }
        h.close("li");
    }

    private static void links(Html h, String title, List<Link> links) {
        if (links.isEmpty()) return;
        h.element("p", title, "class", "label").open("ul", "class", "links");
        for (Link link : links) {
            h.open("li").link(link.title(), link.url());
            if (!link.note().isBlank()) h.text(" — " + link.note());
            h.close("li");
        }
        h.close("ul");
    }
}
