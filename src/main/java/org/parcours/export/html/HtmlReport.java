package org.parcours.export.html;

import org.parcours.markup.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.parcours.report.ComparisonReport;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;
import org.parcours.report.svg.PhaseChart;
import org.parcours.report.svg.ProgressChart;
import org.parcours.report.svg.SpeedboatPicture;

/**
 * The report as an XHTML document. The HTML export and the PDF share it; the PDF variant adds the subject and
 * bookmarks openhtmltopdf reads and an {@code alt} on each picture (its alternative text in the tagged PDF).
 */
public final class HtmlReport {

    /** Which output the markup is for. */
    public enum Variant { HTML, PDF, SCREEN }


    private static final String CSS = resource("report.css");

    private HtmlReport() {
    }

    public static String render(Report report, Variant variant) {
        Html h = new Html(64 * 1024);
        h.trusted("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", report.locale(), "xml:lang", report.locale());
        head(h, report, variant);
        h.open("body");
        header(h, report);
        h.open("main");
        for (ReportSection section : report.sections()) {
            section(h, report, section, variant, ScreenExtras.NONE);
        }
        return h.close("main").close("body").close("html").toString();
    }

    /** The comparison alone (before the team has agreed), as a standalone HTML document. */
    public static String render(ComparisonReport comparison) {
        return HtmlDivergence.document(comparison, CSS);
    }

    /**
     * The synthesis for the report page, one element, to show first under the page's own title; with what the
     * screen adds ({@code extras}); no document, no style.
     */
    public static String screenSummary(Report report, ScreenExtras extras) {
        Html h = new Html(8 * 1024).open("div", "class", "pc-doc");
        section(h, report, ReportSection.SUMMARY, Variant.SCREEN, extras);
        return h.close("div").toString();
    }

    /** The rest of the report page, one element: the table of contents, then every section but the synthesis. */
    public static String screenRest(Report report, ScreenExtras extras) {
        Html h = new Html(64 * 1024).open("div", "class", "pc-doc");
        contents(h, report);
        for (ReportSection section : report.sections()) {
            if (section != ReportSection.SUMMARY) section(h, report, section, Variant.SCREEN, extras);
        }
        return h.close("div").toString();
    }

    private static void section(Html h, Report report, ReportSection section, Variant variant, ScreenExtras extras) {
        switch (section) {
            case SUMMARY -> {
                PhaseChart chart = PhaseChart.of(report);
                HtmlSummary.summary(h, report, picture(chart.svg(), chart.textAlternative(), variant));
            }
            case PLAN -> HtmlPlan.plan(h, report, extras);
            case STANDING -> HtmlSections.standing(h, report, extras);
            case PROGRESS -> {
                ProgressChart chart = ProgressChart.of(report);
                HtmlProgress.section(h, report, picture(chart.svg(), chart.textAlternative(), variant));
            }
            case DIVERGENCE -> HtmlDivergence.section(h, report.labels(), report.divergence().orElseThrow());
            case OPTIONS -> HtmlOptions.options(h, report, extras);
            case PITCHES -> HtmlOptions.pitches(h, report, extras);
            case SPEEDBOAT -> {
                SpeedboatPicture boat = SpeedboatPicture.of(report);
                HtmlAppendix.speedboat(h, report, picture(boat.svg(), boat.textAlternative(), variant));
            }
            case RESOURCES -> HtmlAppendix.resources(h, report);
            case ANSWERS -> HtmlAppendix.answers(h, report, extras);
            case ABOUT -> HtmlSections.about(h, report);
        }
    }

    /** The document's title: questionnaire, then team when named. */
    public static String title(Report report) {
        return report.title() + report.team().map(t -> " — " + t).orElse("");
    }

    private static void head(Html h, Report report, Variant variant) {
        String description = report.label("report.heading") + " — " + report.title();
        h.open("head").trusted("<meta charset=\"utf-8\"/>")
                .trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .element("title", title(report))
                .open("meta", "name", "description", "content", description).close("meta")
                .open("style").trusted(CSS).close("style");
        if (variant == Variant.PDF) {
            // openhtmltopdf takes the PDF's subject, which PDF/UA asks for as the document's description, from here.
            h.open("meta", "name", "subject", "content", description).close("meta");
            h.open("bookmarks");
            for (ReportSection s : report.sections()) {
                h.open("bookmark", "name", s.title(report), "href", "#" + s.id()).close("bookmark");
            }
            h.close("bookmarks");
        }
        h.close("head");
    }

    private static void header(Html h, Report report) {
        h.open("header").element("h1", title(report)).open("dl", "class", "meta");
        report.team().ifPresent(t -> h.element("dt", report.label("report.team")).element("dd", t));
        h.element("dt", report.label("report.date")).element("dd", report.dateText());
        h.element("dt", report.label("report.progress")).element("dd", report.labels().format(
                "report.progress.value", report.progress().answered(), report.progress().visible()));
        report.incompleteNotice().ifPresent(notice -> h.element("dt", report.label("report.status"))
                .element("dd", notice, "class", "incomplete"));
        h.element("dt", report.label("report.questionnaire")).element("dd",
                report.questionnaireId() + " " + report.questionnaireVersion());
        h.close("dl");
        contents(h, report);
        h.close("header");
    }

    /** The table of contents: one anchor per section. */
    private static void contents(Html h, Report report) {
        h.open("nav", "aria-label", report.label("report.contents"))
                .element("h2", report.label("report.contents"), "class", "toc-title").open("ul");
        for (ReportSection s : report.sections()) {
            h.open("li").open("a", "href", "#" + s.id()).text(s.title(report)).close("a").close("li");
        }
        h.close("ul").close("nav");
    }

    /** A figure with the SVG and its text alternative as caption; in the PDF the SVG also carries it as alt. */
    private static String picture(String svg, String alternative, Variant variant) {
        String drawn = variant == Variant.PDF ? withAlt(svg, alternative) : svg;
        return "<figure>" + drawn + "<figcaption>" + org.parcours.markup.Xml.escape(alternative)
                + "</figcaption></figure>";
    }

    /**
     * The alt attribute goes right after the root's tag name, spliced as text: the alternative quotes the team's
     * own words, and a regular-expression replacement would read their {@code $} and {@code \} as group references.
     */
    private static String withAlt(String svg, String alternative) {
        String root = "<svg ";
        if (!svg.startsWith(root)) throw new IllegalArgumentException("not an SVG element");
        return root + "alt=\"" + org.parcours.markup.Xml.escape(alternative) + "\" " + svg.substring(root.length());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
