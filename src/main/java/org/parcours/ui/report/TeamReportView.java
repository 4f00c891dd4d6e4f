package org.parcours.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
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
import org.parcours.markup.Html;
import org.parcours.questionnaire.Recommendation;
import org.parcours.report.PlanItem;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.round.RoundService;
import org.parcours.team.TeamLink;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.team.TeamView;
import org.parcours.tracker.TrackerOutcome;
import org.parcours.tracker.TrackerService;
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


    /** What a team's report adds to the markup: the follow-up of each action of its plan, and its button. */
    private static final ScreenExtras TRACKING = new ScreenExtras() {
        @Override
        public boolean showsEveryTracking() {
            return true;
        }

        @Override
        public void trackingControls(Html h, Report report, PlanItem item) {
            PageExtras.trackButton(h, report, item);
        }
    };

    private final TeamService service;
    private final Clock clock;
    private String link;
    private String language;
    private String title = "Parcours";

    private final RoundService rounds;
    private final TrackerService tracker;
    private FetchedMarkup rest;
    private final Paragraph announcer = new Paragraph();

    TeamReportView(TeamService service, RoundService rounds, TrackerService tracker, Clock clock) {
        this.service = service;
        this.rounds = rounds;
        this.tracker = tracker;
        announcer.addClassName("pc-visually-hidden");
        announcer.getElement().setAttribute("role", "status");
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

    /** The team as saved now; empty when the link opens no team (revoked, or never given). */
    private Optional<TeamState> team() {
        return service.facilitator(link).<TeamView>map(f -> f).or(() -> service.member(link).map(m -> m))
                .map(TeamView::team);
    }

    /** The team's report, with the follow-up of its plan, as saved now. */
    private Optional<Report> report() {
        return team().map(team -> {
            Evaluation evaluation = Engine.evaluate(team.questionnaire(), team.teamAnswers().answers());
            ReportContext context = team.teamName().map(ReportContext.of(clock)::withTeam)
                    .orElse(ReportContext.of(clock)).withTracking(tracker.tracking(team));
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
        rest = new FetchedMarkup(() -> HtmlReport.screenRest(saved(), TRACKING), failure, "pc-report-rest");
        rest.getElement().addEventListener("click", this::track).addEventData(PageExtras.TRACKED)
                .setFilter(PageExtras.TRACK_PRESSED + " != null");
        Div tools = new Div(new Exports(() -> new Exports.Prepared(saved(),
                org.parcours.export.ReportExporter::write)));
        tools.addClassName("pc-report-tools");
        add(summary, tools, rest);
        nextRound().ifPresent(this::add);
        add(announcer);
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

    /**
     * « Suivre cette action » on a team's report: the follow-up dialog, saved for the team on the terms of a solo
     * report's (a change made meanwhile by another member is told), then the plan shown again.
     */
    private void track(DomEvent event) {
        String id = event.getEventData().path(PageExtras.TRACKED).asString("");
        Optional<TeamState> team = team();
        Optional<Recommendation> action = team.flatMap(t -> t.questionnaire().recommendation(id));
        if (team.isEmpty() || action.isEmpty()) {
            announcer.setText(getTranslation(team.isEmpty() ? "tracker.gone" : "tracker.problem.unknown_action"));
            return;
        }
        String name = action.get().title().in(language);
        new TrackerDialog(name, language, tracker.tracking(team.get()).of(id), tracker.history(team.get(), id),
                (version, change, by) -> team().map(now -> tracker.change(now, id, version, change, by))
                        .orElse(new TrackerOutcome.NotFound()),
                now -> {
                    rest.load();
                    announcer.setText(getTranslation("tracker.saved", name));
                }).open();
    }

    private Report saved() {
        return report().orElseThrow(() -> new IllegalStateException("the team's link no longer opens it"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
