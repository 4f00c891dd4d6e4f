package org.parcours.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.Optional;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.export.html.HtmlReport;
import org.parcours.export.html.ScreenExtras;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.round.RoundService;
import org.parcours.team.TeamLink;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.team.TeamView;
import org.parcours.ui.MainLayout;
import org.parcours.ui.UiTranslations;

/**
 * A team's report, by the facilitator's or a member's link {@code /r/<link>}: built from the atelier's shared
 * answers, or from the agreed answers of regards croisés with the « Là où vos regards divergent » section once the
 * comparison is open. The same page as a solo report — synthesis first, then the downloads, then every section,
 * the HTML export's markup fetched by the browser and built from the team's answers on each request — without
 * what belongs to one assessment (its feedback buttons, its links back to questions).
 */
@Route(value = "r/:link", layout = MainLayout.class)
public class TeamReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService service;
    private final Clock clock;
    private String link;
    private String language;
    private String title = "Parcours";

    private final RoundService rounds;

    TeamReportView(TeamService service, RoundService rounds, Clock clock) {
        this.service = service;
        this.rounds = rounds;
        this.clock = clock;
        addClassName("pc-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        link = event.getRouteParameters().get("link").orElse("");
        language = UiTranslations.supported(getLocale()).getLanguage();
        Optional<Report> report = report();
        if (report.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(report.get());
    }

    /** The team's report as saved now; empty when the link opens no team (revoked, or never given). */
    private Optional<Report> report() {
        Optional<TeamView> view = service.facilitator(link).<TeamView>map(f -> f)
                .or(() -> service.member(link).map(m -> m));
        return view.map(v -> {
            TeamState team = v.team();
            Evaluation evaluation = Engine.evaluate(team.questionnaire(), team.teamAnswers().answers());
            ReportContext context = team.teamName().map(ReportContext.of(clock)::withTeam)
                    .orElse(ReportContext.of(clock));
            return team.comparison().map(c -> ReportBuilder.build(evaluation, c, language, context))
                    .orElseGet(() -> ReportBuilder.build(evaluation, language, context));
        });
    }

    private void render(Report report) {
        title = report.label("report.heading") + " — " + report.title() + " — Parcours";
        removeAll();
        add(new H1(report.label("report.heading") + " — " + report.title()));
        report.incompleteNotice().ifPresent(notice -> {
            Paragraph incomplete = new Paragraph(notice);
            incomplete.addClassName("pc-incomplete");
            add(incomplete);
        });
        String failure = getTranslation("report.loading.failed");
        FetchedMarkup summary = new FetchedMarkup(() -> HtmlReport.screenSummary(saved(), ScreenExtras.NONE),
                failure, "pc-report-summary");
        FetchedMarkup rest = new FetchedMarkup(() -> HtmlReport.screenRest(saved(), ScreenExtras.NONE), failure,
                "pc-report-rest");
        Div tools = new Div(new Exports(() -> new Exports.Prepared(saved(),
                org.parcours.export.ReportExporter::write)));
        tools.addClassName("pc-report-tools");
        add(summary, tools, rest);
        nextRound().ifPresent(this::add);
        summary.load();
        rest.load();
    }

    /** For the facilitator: taking the team's diagnostic again, as a new round with a link of its own. */
    private Optional<NextRoundForm> nextRound() {
        return TeamLink.parse(link).flatMap(facilitator -> service.facilitator(link).map(view -> {
            TeamState team = view.team();
            boolean finished = Engine.evaluate(team.questionnaire(), team.teamAnswers().answers()).complete();
            return new NextRoundForm(finished, 2, "round.team.text",
                    prefill -> rounds.startFromTeam(facilitator, prefill));
        }));
    }

    private Report saved() {
        return report().orElseThrow(() -> new IllegalStateException("the team's link no longer opens it"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
