package org.parcours.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.parcours.markup.Html;
import org.parcours.operator.aggregate.Aggregates;
import org.parcours.operator.aggregate.BarChart;
import org.parcours.operator.aggregate.FeedbackLine;
import org.parcours.operator.aggregate.Section;
import org.parcours.ui.component.Markup;

/** The figures as one block of escaped markup: each section's chart, its words, and the feedback table. */
record AggregateFigures(Aggregates figures, BiFunction<String, Object[], String> text) {

    Markup markup() {
        Html html = new Html(16 * 1024);
        if (!figures.shown()) {
            html.element("p", t("aggregates.too-few", figures.assessments(), figures.threshold()),
                    "class", "pc-aggregates-hidden");
            return new Markup("div", "pc-aggregate-figures").html(html);
        }
        html.element("h2", t("aggregates.completion"));
        html.element("p", t("aggregates.completion-value", figures.finished().orElse(0), figures.assessments(),
                figures.completionPercent().orElse(0)));
        group(html, "aggregates.levels", figures.levels(), false);
        group(html, "aggregates.first", figures.firstOptions(), true);
        List<Section> boat = new ArrayList<>();
        figures.brakes().ifPresent(boat::add);
        figures.levers().ifPresent(boat::add);
        group(html, "aggregates.speedboat", boat, true);
        feedback(html);
        return new Markup("div", "pc-aggregate-figures").html(html);
    }

    private void group(Html html, String titleKey, List<Section> sections, boolean translatedTitles) {
        html.element("h2", t(titleKey));
        if (sections.isEmpty()) {
            html.element("p", t("aggregates.section-hidden", figures.threshold()));
            return;
        }
        for (Section section : sections) {
            String title = translatedTitles ? t("aggregates.section." + section.title()) : section.title();
            html.element("h3", title);
            if (section.empty()) {
                html.element("p", t("aggregates.section-hidden", figures.threshold()));
                continue;
            }
            BarChart chart = BarChart.of(new Section(section.id(), title, section.population(), section.cells(),
                    section.others(), section.hidden()), t("aggregates.others"), t("aggregates.out-of"));
            html.open("figure", "class", "pc-aggregate-chart").trusted(chart.svg())
                    .element("figcaption", chart.textAlternative()).close("figure");
        }
    }

    private void feedback(Html html) {
        html.element("h2", t("aggregates.feedback"));
        if (figures.feedback().isEmpty()) {
            html.element("p", t("aggregates.section-hidden", figures.threshold()));
            return;
        }
        html.open("table", "class", "pc-aggregate-feedback").element("caption", t("aggregates.feedback"))
                .open("thead").open("tr");
        for (String column : List.of("recommendation", "useful", "not-for-us", "wrong")) {
            html.element("th", t("aggregates.feedback." + column), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (FeedbackLine line : figures.feedback()) {
            html.open("tr").element("th", line.title(), "scope", "row")
                    .element("td", Integer.toString(line.useful())).element("td", Integer.toString(line.notForUs()))
                    .element("td", Integer.toString(line.wrong())).close("tr");
        }
        html.close("tbody").close("table");
        for (FeedbackLine line : figures.feedback()) {
            if (line.comments().isEmpty()) continue;
            html.element("h3", t("aggregates.comments", line.title())).open("ul");
            line.comments().forEach(comment -> html.element("li", comment));
            html.close("ul");
        }
        if (figures.feedbackOthers() > 0) {
            html.element("p", t("aggregates.feedback-others", figures.feedbackOthers(), figures.threshold()));
        }
    }

    private String t(String key, Object... parameters) {
        return text.apply(key, parameters);
    }
}
