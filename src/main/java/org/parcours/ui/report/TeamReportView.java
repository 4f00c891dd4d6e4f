package org.parcours.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.Optional;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.report.Divergence;
import org.parcours.report.PlanItem;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.report.ReportSection;
import org.parcours.report.svg.PhaseChart;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.team.TeamView;
import org.parcours.ui.MainLayout;
import org.parcours.ui.UiTranslations;

/**
 * A team's report, by the facilitator's or a member's link {@code /r/<link>}: built from the atelier's shared
 * answers, or from the agreed answers of regards croisés with the « Là où vos regards divergent » section once the
 * comparison is open. On screen: where the team stands (the chart with the members' spread), where views differ,
 * the plan; every format to download.
 */
@Route(value = "r/:link", layout = MainLayout.class)
public class TeamReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService service;
    private final Clock clock;
    private Report report;

    TeamReportView(TeamService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("pc-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String link = event.getRouteParameters().get("link").orElse("");
        Optional<TeamView> view = service.facilitator(link).<TeamView>map(f -> f)
                .or(() -> service.member(link).map(m -> m));
        if (view.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TeamState team = view.get().team();
        String language = UiTranslations.supported(getLocale()).getLanguage();
        Evaluation evaluation = Engine.evaluate(team.questionnaire(), team.teamAnswers().answers());
        ReportContext context = team.teamName().map(ReportContext.of(clock)::withTeam)
                .orElse(ReportContext.of(clock));
        report = team.comparison().map(c -> ReportBuilder.build(evaluation, c, language, context))
                .orElseGet(() -> ReportBuilder.build(evaluation, language, context));
        render();
    }

    private void render() {
        removeAll();
        add(new H1(report.label("report.heading") + " — " + report.title()));
        report.team().ifPresent(team -> add(new Paragraph(Blocks.labelled(report, "report.team", team))));
        add(new Paragraph(Blocks.labelled(report, "report.progress", report.labels().format(
                "report.progress.value", report.progress().answered(), report.progress().visible()))));
        report.incompleteNotice().ifPresent(notice -> {
            Paragraph incomplete = new Paragraph(notice);
            incomplete.addClassName("pc-incomplete");
            add(incomplete);
        });
        add(new Exports(report), standing());
        report.divergence().ifPresent(d -> add(divergence(d)));
        add(plan());
    }

    private Section standing() {
        Section section = new ReportSectionView(report, ReportSection.STANDING);
        PhaseChart chart = PhaseChart.of(report);
        section.add(Blocks.picture(chart.svg(), "pc-chart"));
        Paragraph alternative = new Paragraph(chart.textAlternative());
        alternative.addClassName("pc-visually-hidden");
        section.add(alternative);
        report.scores().forEach(score -> section.add(new Paragraph(score.title() + " — " + score.percentText()
                + score.level().map(level -> " — " + level.label()).orElse(""))));
        return section;
    }

    private Section divergence(Divergence d) {
        Section section = new ReportSectionView(report, ReportSection.DIVERGENCE);
        section.add(new Paragraph(report.labels().format("divergence.intro", d.members())));
        if (d.divergent().isEmpty()) section.add(new Paragraph(report.label("divergence.none")));
        for (Divergence.Line line : d.divergent()) {
            Div item = new Div(new H3(line.question().label()),
                    new Paragraph(report.labels().format("label.colon", report.label("label.divergence_index"),
                            line.indexText())),
                    new Paragraph(report.labels().format("label.colon", report.label("label.spread"),
                            line.countsText(report.labels()))));
            line.range().ifPresent(r -> item.add(new Paragraph(r)));
            item.add(new Paragraph(report.labels().format("label.colon", report.label("label.agreed"),
                    line.agreed().map(Divergence.Shown::text).orElse(report.label("label.no_proposal")))));
            item.addClassName("pc-divergent");
            section.add(item);
        }
        return section;
    }

    private Section plan() {
        Section section = new ReportSectionView(report, ReportSection.PLAN);
        if (report.planItems().isEmpty()) section.add(new Paragraph(ReportSection.PLAN.whenEmpty(report)));
        OrderedList list = new OrderedList();
        for (PlanItem item : report.planItems()) list.add(new ListItem(item.action().title()));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return report == null ? "Parcours" : report.label("report.heading") + " — " + report.title() + " — Parcours";
    }
}
