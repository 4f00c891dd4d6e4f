package org.parcours.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.Optional;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.EarlierRound;
import org.parcours.export.html.HtmlReport;
import org.parcours.export.html.ScreenExtras;
import org.parcours.feedback.Feedback;
import org.parcours.feedback.FeedbackService;
import org.parcours.feedback.Verdict;
import org.parcours.questionnaire.Recommendation;
import org.parcours.report.Edition;
import org.parcours.download.ReportFiles;
import org.parcours.team.TeamService;
import org.parcours.round.RoundService;
import org.parcours.tracker.TrackerService;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.ui.MainLayout;
import org.parcours.ui.ResumeArea;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;

/**
 * The personalised report of an assessment: its title, then the synthesis, then the downloads with the choice of
 * edition, then every other section. The report's markup is the HTML export's, fetched by the browser and built
 * from the saved answers on each request ({@link FetchedMarkup}); the page keeps only the assessment's state.
 */
@Route(value = "a/:token/report", layout = MainLayout.class)
public class ReportView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    // Flow evaluates the event data of every click listener of the element on each click: each expression must
    // hold (null) when the click is not its own, or the client drops the event for both listeners.
    private static final String PRESSED = "event.target.closest('[" + PageExtras.VERDICT + "]')";
    private static final String RECOMMENDATION = PRESSED + "?.getAttribute('" + PageExtras.RECOMMENDATION + "')";
    private static final String VERDICT = PRESSED + "?.getAttribute('" + PageExtras.VERDICT + "')";

    private final AssessmentService assessments;
    private final FeedbackService feedback;
    private final AssessmentErasure erasure;
    private final ReportFiles files;
    private final Clock clock;
    private final TeamService teams;
    private final TrackerService tracker;
    private final RoundService rounds;
    private AssessmentState state;
    private String language;
    private String title = "Parcours";
    private Edition edition = Edition.PLAN;
    private FetchedMarkup summary;
    private FetchedMarkup rest;
    private final Paragraph announcer = new Paragraph();

    ReportView(AssessmentService assessments, FeedbackService feedback, AssessmentErasure erasure, ReportFiles files,
               TeamService teams, TrackerService tracker, RoundService rounds, Clock clock) {
        this.assessments = assessments;
        this.rounds = rounds;
        this.tracker = tracker;
        this.feedback = feedback;
        this.files = files;
        this.erasure = erasure;
        this.teams = teams;
        this.clock = clock;
        addClassName("pc-report");
        announcer.addClassName("pc-visually-hidden");
        announcer.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = assessments.open(event.getRouteParameters().get("token").orElse("")).orElse(null);
        if (state == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(UiTranslations.supported(getLocale()).getLanguage());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String chosen = UiTranslations.supported(event.getLocale()).getLanguage();
        if (state != null && !chosen.equals(language)) render(chosen);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /**
     * The report to download, with the way to its file: built once per revision of the answers, format, edition,
     * language and date, then served from the cache ({@link ReportFiles}).
     */
    private Exports.Prepared prepared() {
        AssessmentState current = saved();
        return new Exports.Prepared(report(current),
                (report, format, out) -> files.write(current, report, format, out));
    }

    /**
     * The report as the page shows it: from these answers, the plan's follow-up, the targets and the earlier rounds
     * as saved, in the page's language and the chosen edition.
     */
    private Report report(AssessmentState current) {
        ReportContext context = ReportContext.of(clock).withEdition(edition)
                .withProgress(rounds.progress(current)).withTracking(tracker.tracking(current.id()));
        return ReportBuilder.build(current.evaluation(), language, current.teamName().map(context::withTeam)
                .orElse(context));
    }

    private AssessmentState saved() {
        return assessments.open(state.token().value())
                .orElseThrow(() -> new IllegalStateException("the assessment no longer exists"));
    }

    private void render(String chosen) {
        language = chosen;
        Report report = report(state);
        title = report.label("report.heading") + " — " + report.title() + " — Parcours";
        removeAll();
        add(new H1(report.label("report.heading") + " — " + report.title()), status(report));
        String failure = getTranslation("report.loading.failed");
        summary = new FetchedMarkup(() -> markup(HtmlReport::screenSummary), failure, "pc-report-summary");
        rest = new FetchedMarkup(() -> markup(HtmlReport::screenRest), failure, "pc-report-rest");
        rest.getElement().addEventListener("click", this::pressed).addEventData(RECOMMENDATION).addEventData(VERDICT)
                .setFilter(PRESSED + " != null");
        rest.getElement().addEventListener("click", this::track).addEventData(PageExtras.TRACKED)
                .setFilter(PageExtras.TRACK_PRESSED + " != null");
        add(summary, tools(), new TargetsForm(rounds, state, language, this::targetSaved), rest);
        List<EarlierRound> earlier = rounds.earlier(state);
        if (!earlier.isEmpty()) add(new EarlierRounds(earlier, state.token().value(), language, rounds::dateOf));
        add(new NextRoundForm(state.evaluation().complete(), state.round().number() + 1, "round.text",
                        prefill -> rounds.start(state.token(), prefill)), new TeamHandover(teams, state.token()),
                new ResumeArea(assessments, erasure, state.token(), Routes::report), announcer);
        summary.load();
        rest.load();
        UI.getCurrent().getPage().setTitle(title);
    }

    /** A part of the report's markup, from the answers and verdicts as saved now. */
    private String markup(BiFunction<Report, ScreenExtras, String> part) {
        AssessmentState current = saved();
        return part.apply(report(current), new PageExtras(current.token().value(), feedback.givenBy(current)));
    }

    /** A target changed: the synthesis shows the new gap, and « Votre progression » the new target. */
    private void targetSaved(String message) {
        summary.load();
        rest.load();
        announcer.setText(message);
    }

    private Div status(Report report) {
        Div status = new Div();
        status.addClassName("pc-report-status");
        StringBuilder line = new StringBuilder();
        if (state.round().repeated()) line.append(getTranslation("round.number", state.round().number())).append(" · ");
        report.team().ifPresent(team -> line.append(report.labels().format("label.colon",
                report.label("report.team"), team)).append(" · "));
        line.append(report.labels().format("report.generated", report.dateText())).append(" · ")
                .append(report.labels().format("label.colon", report.label("report.progress"),
                        report.labels().format("report.progress.value", report.progress().answered(),
                                report.progress().visible())));
        status.add(new Paragraph(line.toString()));
        report.incompleteNotice().ifPresent(notice -> {
            Paragraph incomplete = new Paragraph(notice);
            incomplete.addClassName("pc-incomplete");
            status.add(incomplete);
        });
        return status;
    }

    /** The edition, the downloads (in that edition) and printing, between the synthesis and the rest. */
    private Div tools() {
        RadioButtonGroup<Edition> editions = new RadioButtonGroup<>(getTranslation("report.edition"));
        editions.addClassName("pc-editions");
        editions.setItems(Edition.values());
        editions.setItemLabelGenerator(e -> getTranslation("report.edition." + e.name().toLowerCase(Locale.ROOT)));
        editions.setValue(edition);
        editions.addValueChangeListener(change -> {
            if (change.getValue() == null) return;
            edition = change.getValue();
            rest.load();
        });
        Button print = new Button(getTranslation("report.print"),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        Div tools = new Div(editions, new Exports(this::prepared), print,
                new PlanSheetUpload(state, language, () -> rest.load()));
        tools.addClassName("pc-report-tools");
        return tools;
    }

    /** One of the three answers under a recommendation was pressed: ask for the comment, then keep it. */
    private void pressed(DomEvent event) {
        String id = event.getEventData().path(RECOMMENDATION).asString("");
        Optional<Recommendation> recommendation = state.questionnaire().recommendation(id);
        Optional<Verdict> verdict = verdict(event.getEventData().path(VERDICT).asString(""));
        if (recommendation.isEmpty() || verdict.isEmpty()) {
            announcer.setText(getTranslation("feedback.refused.unknown_recommendation"));
            return;
        }
        String name = recommendation.get().title().in(language);
        new FeedbackPrompt(name, verdict.get(), Optional.ofNullable(feedback.givenBy(state).get(id)),
                (chosen, comment) -> feedback.give(state, id, chosen, comment),
                kept -> kept(kept, name)).open();
    }

    /** « Suivre cette action » was pressed: the follow-up dialog, then the plan shown again once saved. */
    private void track(DomEvent event) {
        String id = event.getEventData().path(PageExtras.TRACKED).asString("");
        Optional<Recommendation> action = state.questionnaire().recommendation(id);
        if (action.isEmpty()) {
            announcer.setText(getTranslation("tracker.problem.unknown_action"));
            return;
        }
        String name = action.get().title().in(language);
        new TrackerDialog(name, language, tracker.tracking(state.id()).of(id), tracker.history(state.id(), id),
                (version, change, by) -> tracker.change(state, id, version, change, by),
                now -> {
                    rest.load();
                    announcer.setText(getTranslation("tracker.saved", name));
                }).open();
    }

    private void kept(Feedback kept, String name) {
        rest.getElement().executeJs("""
                this.querySelectorAll('[data-rec]').forEach(b => {
                  if (b.getAttribute('data-rec') !== $0) return;
                  b.setAttribute('aria-pressed', String(b.getAttribute('data-verdict') === $1));
                  if (b.getAttribute('data-verdict') === $1) b.focus();
                });""", kept.recommendationId(), kept.verdict().name());
        announcer.setText(getTranslation("feedback.saved", name));
    }

    private static Optional<Verdict> verdict(String name) {
        try {
            return Optional.of(Verdict.valueOf(name));
        } catch (IllegalArgumentException tampered) {
            return Optional.empty();
        }
    }
}
