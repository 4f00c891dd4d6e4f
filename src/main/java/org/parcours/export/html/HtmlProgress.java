package org.parcours.export.html;

import java.util.List;
import org.parcours.markup.Html;
import org.parcours.report.Report;
import org.parcours.report.ReportHistory;
import org.parcours.report.ReportHistory.Change;
import org.parcours.report.ReportHistory.PhaseLine;
import org.parcours.report.ReportHistory.Round;
import org.parcours.report.ReportSection;

/**
 * « Votre progression »: the chart of scores per phase over the rounds, the same as a table with the levels gained
 * or lost (each round's date, and its questionnaire version when they differ, in its column's heading), then the
 * recommendations that appeared or went away and the actions done since the last round, one line each: printed,
 * the section keeps to about a third of a page, so that a second round's plan stays within fifteen pages.
 */
final class HtmlProgress {

    private HtmlProgress() {
    }

    static void section(Html h, Report report, String figure) {
        ReportHistory history = report.history().orElseThrow();
        HtmlSections.open(h, report, ReportSection.PROGRESS);
        h.open("div", "class", "progress-chart").trusted(figure).close("div");
        table(h, report, history);
        changes(h, report, "progress.appeared", history.appeared(), true);
        changes(h, report, "progress.went_away", history.wentAway(), false);
        changes(h, report, "progress.done", history.actionsDone(), false);
        for (Round round : history.rounds()) {
            if (round.notCarried().isEmpty()) continue;
            h.element("h3", report.labels().format("progress.not_carried", round.number())).open("ul");
            round.notCarried().forEach(line -> h.element("li", line));
            h.close("ul");
        }
        h.close("section");
    }

    private static void table(Html h, Report report, ReportHistory history) {
        h.open("table", "class", "progress").open("thead").open("tr")
                .element("th", report.label("label.phase"), "scope", "col");
        boolean versions = history.rounds().stream().map(Round::questionnaireVersion).distinct().count() > 1;
        for (Round round : history.rounds()) {
            h.element("th", report.labels().format(versions ? "progress.round.version" : "progress.round.date",
                    round.number(), round.dateText(), round.questionnaireVersion()), "scope", "col");
        }
        h.element("th", report.label("label.trend"), "scope", "col").close("tr").close("thead").open("tbody");
        for (PhaseLine phase : history.phases()) {
            h.open("tr").element("th", phase.title(), "scope", "row");
            // the levels are in the trend column: the table keeps to a line per phase
            phase.points().forEach(p -> h.element("td", p.percentText()));
            h.element("td", phase.trendText(), "class", "trend-" + phase.trend().id()).close("tr");
        }
        h.close("tbody").close("table");
    }

    /** One paragraph per kind of change, its items run on: the section keeps to about a page when printed. */
    private static void changes(Html h, Report report, String key, List<Change> changes, boolean linked) {
        h.open("p", "class", "changes").element("strong", report.labels().format("label.colon", report.label(key), ""));
        if (changes.isEmpty()) h.element("span", report.label("progress.none"), "class", "empty");
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (i > 0) h.text(" · ");
            if (linked) h.open("a", "href", "#" + Html.id("rec", change.id())).text(change.title()).close("a");
            else h.text(change.title());
        }
        h.close("p");
    }
}
