package org.parcours.export.html;

import org.parcours.markup.Html;
import java.util.List;
import org.parcours.report.AnswerLine;
import org.parcours.report.Edition;
import org.parcours.report.Report;
import org.parcours.report.Resource;
import org.parcours.report.SpeedboatNotes;
import org.parcours.report.ReportSection;

/** The speed boat, the resources and the answers appendix. */
final class HtmlAppendix {

    private HtmlAppendix() {
    }

    static void speedboat(Html h, Report report, String figure) {
        SpeedboatNotes boat = report.speedboat();
        HtmlSections.open(h, report, ReportSection.SPEEDBOAT).trusted(figure);
        notes(h, report, "speedboat.wind", boat.wind());
        notes(h, report, "speedboat.boat", boat.boat());
        notes(h, report, "speedboat.rocks", boat.rocks());
        h.element("h3", report.label("speedboat.island"))
                .element("p", boat.island().orElse(report.label("speedboat.no_island")), "class", "island");
        h.close("section");
    }

    private static void notes(Html h, Report report, String key, List<SpeedboatNotes.Note> notes) {
        h.element("h3", report.label(key));
        if (notes.isEmpty()) {
            h.element("p", report.label("speedboat.empty"), "class", "empty");
            return;
        }
        h.open("ul");
        for (SpeedboatNotes.Note note : notes) {
            h.open("li").text(note.text());
            // The plan edition keeps to the notes; the complete one also says which answer each comes from.
            if (report.edition() == Edition.COMPLETE) {
                h.text(" ").open("span", "class", "from")
                        .text("(" + report.labels().format("label.from_question", note.question().label()) + ")")
                        .close("span");
            }
            h.close("li");
        }
        h.close("ul");
    }

    static void resources(Html h, Report report) {
        HtmlSections.open(h, report, ReportSection.RESOURCES);
        if (report.resources().isEmpty()) HtmlSections.empty(h, report, ReportSection.RESOURCES);
        else {
            h.open("ul", "class", "links");
            for (Resource r : report.resources()) {
                h.open("li").link(r.title(), r.url());
                if (!r.note().isBlank()) h.text(" — " + r.note());
                h.text(" ").element("span", "(" + r.from() + ")", "class", "from").close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    static void answers(Html h, Report report, ScreenExtras extras) {
        HtmlSections.open(h, report, ReportSection.ANSWERS);
        if (report.answers().isEmpty()) {
            HtmlSections.empty(h, report, ReportSection.ANSWERS).close("section");
            return;
        }
        h.open("table").open("thead").open("tr").element("th", report.label("label.phase"), "scope", "col")
                .element("th", report.label("label.question"), "scope", "col")
                .element("th", report.label("label.answer"), "scope", "col").close("tr").close("thead").open("tbody");
        for (AnswerLine line : report.answers()) {
            h.open("tr").element("td", line.phaseTitle())
                    .open("th", "scope", "row", "id", Html.id("q", line.question().id())).text(line.question().label());
            extras.questionLink(h, report, line.question());
            h.close("th").element("td", line.answer(), "class", "answer").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }
}
