package org.parcours.ui.team;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Comparison;
import org.parcours.markup.Html;
import org.parcours.report.ComparisonReport;
import org.parcours.report.Divergence;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportLabels;
import org.parcours.report.ReportSection;
import org.parcours.team.TeamState;
import org.parcours.ui.component.Markup;

/**
 * The comparison on screen, in the report's words: each compared question, the most divergent first, with its
 * divergence, how answers are spread, the proposed answer and the members' reasons (named only in named mode), then
 * the members' scores. Plain markup: headings and lists a keyboard and a screen reader walk through.
 */
final class ComparisonSection {

    private ComparisonSection() {
    }

    static Markup of(Component page, TeamState team, Comparison comparison, String locale) {
        ComparisonReport report = ReportBuilder.comparison(comparison, locale, LocalDate.now());
        ReportLabels labels = report.labels();
        Divergence d = report.divergence();
        Html h = new Html(8 * 1024).element("h2", ReportSection.DIVERGENCE.title(labels), "id", "comparison-title")
                .element("p", labels.format("divergence.intro", d.members()));
        if (d.questions().isEmpty()) h.element("p", labels.get("divergence.none"));
        h.open("ol", "class", "pc-comparison");
        for (Divergence.Line line : d.questions()) {
            h.open("li", "class", "pc-compared", "id", "compared-" + line.question().id())
                    .element("h3", line.question().label())
                    .element("p", labels.format("label.colon", labels.get("label.divergence_index"), line.indexText()),
                            "class", "pc-divergence")
                    .element("p", labels.format("label.colon", labels.get("label.spread"), line.countsText(labels)));
            line.range().ifPresent(r -> h.element("p", r));
            h.element("p", labels.format("label.colon", labels.get("label.proposed"), line.proposed()
                    .map(Divergence.Shown::text).orElse(labels.get("label.no_proposal"))));
            named(page, h, line, labels, team.namedAnswers(line.question().id()));
            reasons(page, h, team.reasons(line.question().id()));
            h.close("li");
        }
        h.close("ol").element("h2", labels.get("divergence.scores")).open("ul");
        for (Divergence.ScoreRange s : d.scores()) {
            h.element("li", s.title() + " — " + s.rangeText().orElse(labels.get("label.none")));
        }
        Markup markup = new Markup("section", "pc-comparison-section").html(h.close("ul"));
        markup.getElement().setAttribute("aria-labelledby", "comparison-title");
        return markup;
    }

    /** In named mode: who answered what, in the words of the spread's counts. */
    private static void named(Component page, Html h, Divergence.Line line, ReportLabels labels,
                              List<TeamState.NamedAnswer> answers) {
        if (answers.isEmpty()) return;
        h.element("p", page.getTranslation("team.named.answers"), "class", "pc-reasons-title").open("ul",
                "class", "pc-named-answers");
        for (TeamState.NamedAnswer a : answers) {
            h.element("li", labels.format("label.colon", MemberNames.of(page, a.member()), words(line, labels,
                    a.value())));
        }
        h.close("ul");
    }

    private static String words(Divergence.Line line, ReportLabels labels, AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice c -> label(line, c.option());
            case AnswerValue.Choices c -> String.join(labels.get("label.list_separator"),
                    c.options().stream().map(o -> label(line, o)).toList());
            case AnswerValue.Bool b -> label(line, Boolean.toString(b.value()));
            case AnswerValue.Number n -> n.value() == Math.rint(n.value()) ? Long.toString((long) n.value())
                    : Double.toString(n.value());
            case AnswerValue.Text t -> t.text();
        };
    }

    private static String label(Divergence.Line line, String value) {
        return line.counts().stream().filter(c -> c.value().equals(value)).map(Divergence.Count::label).findFirst()
                .orElse(value);
    }

    private static void reasons(Component page, Html h, List<TeamState.Reason> reasons) {
        if (reasons.isEmpty()) return;
        h.element("p", page.getTranslation("team.reasons"), "class", "pc-reasons-title").open("ul",
                "class", "pc-reasons");
        for (TeamState.Reason reason : reasons) {
            h.element("li", reason.member().map(m -> MemberNames.of(page, m) + " : ").orElse("") + reason.text());
        }
        h.close("ul");
    }
}
