package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.report.PhaseSection;
import org.parcours.report.Report;
import org.parcours.report.Score;
import org.parcours.report.ReportSection;

/** What opens and closes a section, where the team stands (scores per phase), and the report's licence. */
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

    static void standing(Html h, Report report, ScreenExtras extras) {
        HtmlSections.open(h, report, ReportSection.STANDING);
        h.open("table").open("thead").open("tr").element("th", report.label("label.phase"), "scope", "col")
                .element("th", report.label("label.score"), "scope", "col")
                .element("th", report.label("label.level"), "scope", "col")
                .element("th", report.label("label.message"), "scope", "col").close("tr").close("thead").open("tbody");
        for (PhaseSection phase : report.phases()) {
            h.open("tr").open("th", "scope", "row").text(phase.title());
            extras.phaseLink(h, report, phase.id(), phase.title());
            h.close("th");
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

    /** The report's licence and authors, and an invitation to say when an advice did not fit. */
    static void about(Html h, Report report) {
        HtmlSections.open(h, report, ReportSection.ABOUT);
        h.open("p").text(report.labels().format("about.licence.before", report.about().licenceName()));
        report.about().licenceUrl().ifPresent(url -> h.text(" ").link(url, url));
        h.close("p");
        if (!report.about().authors().isEmpty()) {
            h.element("p", report.labels().format("about.authors", String.join(", ", report.about().authors())));
        }
        h.element("p", report.label("about.invitation")).close("section");
    }
}
