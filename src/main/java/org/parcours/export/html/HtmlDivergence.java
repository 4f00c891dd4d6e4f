package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.report.ComparisonReport;
import org.parcours.report.Divergence;
import org.parcours.report.ReportLabels;
import org.parcours.report.ReportSection;

/**
 * « Là où vos regards divergent »: the questions where members differ, most divergent first, with how their answers
 * are spread and the agreed (or proposed) answer, then the spread of member scores. In a team's report and alone.
 */
final class HtmlDivergence {

    private HtmlDivergence() {
    }

    static void section(Html h, ReportLabels labels, Divergence d) {
        h.open("section", "id", ReportSection.DIVERGENCE.id())
                .element("h2", ReportSection.DIVERGENCE.title(labels))
                .element("p", labels.format("divergence.intro", d.members()));
        if (d.divergent().isEmpty()) h.element("p", labels.get("divergence.none"), "class", "empty");
        else questions(h, labels, d);
        scores(h, labels, d);
        h.close("section");
    }

    private static void questions(Html h, ReportLabels labels, Divergence d) {
        h.open("table").open("thead").open("tr").element("th", labels.get("label.question"), "scope", "col")
                .element("th", labels.get("label.divergence_index"), "scope", "col")
                .element("th", labels.get("label.spread"), "scope", "col")
                .element("th", labels.get(agreedColumn(d)), "scope", "col").close("tr").close("thead").open("tbody");
        for (Divergence.Line line : d.divergent()) {
            h.open("tr").open("th", "scope", "row").text(line.question().label()).text(" ")
                    .element("span", "(" + line.phaseTitle() + ")", "class", "from").close("th")
                    .element("td", line.indexText()).open("td").element("div", line.countsText(labels));
            line.range().ifPresent(r -> h.element("div", r));
            h.close("td").element("td", line.agreed().or(line::proposed).map(Divergence.Shown::text).orElse(labels.get("label.no_proposal")),
                    "class", "answer").close("tr");
        }
        h.close("tbody").close("table");
    }

    /** A team's report shows its agreed answers; the comparison alone, the proposed ones. */
    private static String agreedColumn(Divergence d) {
        return d.questions().stream().anyMatch(l -> l.agreed().isPresent()) ? "label.agreed" : "label.proposed";
    }

    private static void scores(Html h, ReportLabels labels, Divergence d) {
        h.element("h3", labels.get("divergence.scores")).element("p", labels.get("divergence.scores.intro"))
                .open("table").open("thead").open("tr").element("th", labels.get("label.dimension"), "scope", "col")
                .element("th", labels.get("label.members_scored"), "scope", "col")
                .element("th", labels.get("label.score"), "scope", "col").close("tr").close("thead").open("tbody");
        for (Divergence.ScoreRange s : d.scores()) {
            h.open("tr").element("th", s.title(), "scope", "row").element("td", Integer.toString(s.scored()))
                    .element("td", s.rangeText().orElse(labels.get("label.none"))).close("tr");
        }
        h.close("tbody").close("table");
    }

    /** The comparison alone, as a document of its own. */
    static String document(ComparisonReport c, String css) {
        Html h = new Html(16 * 1024);
        String title = c.label("comparison.heading") + " — " + c.title();
        h.trusted("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", c.locale(), "xml:lang", c.locale());
        h.open("head").trusted("<meta charset=\"utf-8\"/>")
                .trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .element("title", title).open("style").trusted(css).close("style").close("head");
        h.open("body").open("header").element("h1", title).open("dl", "class", "meta")
                .element("dt", c.label("report.date")).element("dd", c.dateText())
                .element("dt", c.label("report.questionnaire"))
                .element("dd", c.questionnaireId() + " " + c.questionnaireVersion()).close("dl").close("header");
        h.open("main");
        section(h, c.labels(), c.divergence());
        return h.close("main").close("body").close("html").toString();
    }
}
