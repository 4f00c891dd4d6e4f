package org.parcours.export.html;

import java.util.List;
import org.parcours.markup.Html;
import org.parcours.report.PlanItem;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.ReportSection;
import org.parcours.report.Score;
import org.parcours.report.SpeedboatNotes;
import org.parcours.report.Summary;

/**
 * The synthesis, first under the title and one page long: the priorities of the next ninety days, the levels per
 * phase with their chart, the structure, licences and funding leads that fit best, who can help, what blocks most.
 * Every item links to its full entry further down.
 */
final class HtmlSummary {

    private HtmlSummary() {
    }

    static void summary(Html h, Report report, String figure) {
        Summary s = report.summary();
        HtmlSections.open(h, report, ReportSection.SUMMARY);
        h.element("h3", report.label("summary.priorities"));
        if (s.priorities().isEmpty()) HtmlSections.empty(h, report, ReportSection.PLAN);
        h.open("ol", "class", "priorities");
        for (PlanItem p : s.priorities()) {
            h.open("li", "value", String.valueOf(p.number())).open("a", "href", "#" + Html.id("rec", p.action().id()))
                    .text(p.action().title()).close("a");
            if (!p.why().isBlank()) h.text(" — ").text(p.why());
            h.close("li");
        }
        h.close("ol");
        h.element("h3", report.label("summary.levels")).open("div", "class", "summary-chart").trusted(figure)
                .close("div").open("ul", "class", "levels");
        for (Score score : report.scores()) {
            h.element("li", report.labels().format("label.colon", score.title(), score.percentText()
                    + score.level().map(l -> " — " + l.label()).orElse("") + target(report, score)));
        }
        h.close("ul");
        h.open("dl", "class", "picks");
        s.structure().ifPresent(item -> picks(h, report, "summary.structure", List.of(item)));
        picks(h, report, "summary.licences", s.licences());
        picks(h, report, "summary.funding", s.funding());
        picks(h, report, "summary.networks", s.networks());
        rocks(h, report, s.rocks());
        h.close("dl").close("section");
    }

    /**
     * The target of the phase this dimension is scored for, in the same line as its level, so that the synthesis
     * keeps to its page: « cible Établi : 1 niveau à gagner ».
     */
    private static String target(Report report, Score score) {
        return report.phases().stream()
                .filter(p -> p.score().map(s -> s.dimensionId().equals(score.dimensionId())).orElse(false))
                .flatMap(p -> report.summary().targets().stream().filter(t -> t.phaseId().equals(p.id())))
                .findFirst().map(t -> " · " + report.labels().format("target.line", t.target().label(), t.text()))
                .orElse("");
    }

    private static void picks(Html h, Report report, String key, List<ReportItem> items) {
        if (items.isEmpty()) return;
        h.element("dt", report.label(key));
        for (ReportItem item : items) {
            h.open("dd").open("a", "href", "#" + Html.id("rec", item.id())).text(item.title()).close("a")
                    .text(" — " + item.fitLabel()).close("dd");
        }
    }

    private static void rocks(Html h, Report report, List<SpeedboatNotes.Note> rocks) {
        if (rocks.isEmpty()) return;
        h.element("dt", report.label("summary.rocks"));
        rocks.forEach(rock -> h.open("dd").open("a", "href", "#" + ReportSection.SPEEDBOAT.id()).text(rock.text())
                .close("a").close("dd"));
    }
}
