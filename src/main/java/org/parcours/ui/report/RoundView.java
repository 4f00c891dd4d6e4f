package org.parcours.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.EarlierRound;
import org.parcours.export.ReportExporter;
import org.parcours.export.html.HtmlReport;
import org.parcours.export.html.ScreenExtras;
import org.parcours.report.Edition;
import org.parcours.report.PreviousRound;
import org.parcours.report.ProgressInput;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.round.RoundService;
import org.parcours.ui.MainLayout;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;

/**
 * An earlier round of the diagnostic, read-only, by the current round's link {@code /a/<token>/round/<n>}: its
 * report as it was, against the questionnaire version it was answered on and dated the day it was last changed,
 * with its own downloads. Nothing here changes it: no link opens an earlier round for editing.
 */
@Route(value = "a/:token/round/:number([0-9]{1,3})", layout = MainLayout.class)
public class RoundView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final RoundService rounds;
    private String title = "Parcours";
    private String token;
    private int number;
    private String language;

    RoundView(AssessmentService assessments, RoundService rounds) {
        this.assessments = assessments;
        this.rounds = rounds;
        addClassName("pc-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        number = event.getRouteParameters().getInteger("number").orElse(0);
        language = UiTranslations.supported(getLocale()).getLanguage();
        Optional<Read> read = read();
        if (read.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(read.get());
    }

    /** An earlier round and its report. */
    private record Read(EarlierRound round, Report report) {
    }

    /**
     * The round asked for, read again on each request (as the report parts are: the page keeps no copy); empty when
     * the link opens no diagnostic or it has no such earlier round.
     */
    private Optional<Read> read() {
        List<EarlierRound> earlier = assessments.open(token).map(rounds::earlier).orElse(List.of());
        return earlier.stream().filter(r -> r.number() == number).findFirst()
                .map(round -> new Read(round, report(round, earlier)));
    }

    private Report saved() {
        return read().map(Read::report)
                .orElseThrow(() -> new IllegalStateException("the link no longer opens this round"));
    }

    /** The round's report, with the progression from the rounds before it. */
    private Report report(EarlierRound round, List<EarlierRound> earlier) {
        List<PreviousRound> before = earlier.stream().filter(r -> r.number() < round.number())
                .map(rounds::previous).toList();
        ReportContext context = new ReportContext(round.teamName(), rounds.dateOf(round), Edition.PLAN)
                .withProgress(ProgressInput.NONE.withPrevious(before));
        return ReportBuilder.build(round.evaluation(), language, context);
    }

    private void render(Read read) {
        EarlierRound round = read.round();
        Report report = read.report();
        title = getTranslation("round.read.title", round.number()) + " — " + report.title() + " — Parcours";
        removeAll();
        add(new H1(getTranslation("round.read.title", round.number()) + " — " + report.title()));
        Paragraph about = new Paragraph(getTranslation("round.read.text", round.number(), report.dateText(),
                round.questionnaire().version()));
        about.addClassName("pc-report-status");
        Anchor back = new Anchor(Routes.report(token), getTranslation("round.read.back"));
        String failure = getTranslation("report.loading.failed");
        FetchedMarkup summary = new FetchedMarkup(() -> HtmlReport.screenSummary(saved(), ScreenExtras.NONE),
                failure, "pc-report-summary");
        FetchedMarkup rest = new FetchedMarkup(() -> HtmlReport.screenRest(saved(), ScreenExtras.NONE), failure,
                "pc-report-rest");
        Div tools = new Div(new Exports(() -> new Exports.Prepared(saved(), ReportExporter::write)));
        tools.addClassName("pc-report-tools");
        add(about, back, summary, tools, rest);
        summary.load();
        rest.load();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
