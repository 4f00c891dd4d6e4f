package org.parcours.ui.report;

import java.util.Map;
import java.util.Optional;
import org.parcours.export.html.ScreenExtras;
import org.parcours.feedback.Feedback;
import org.parcours.feedback.Verdict;
import org.parcours.markup.Html;
import org.parcours.report.PlanItem;
import org.parcours.report.QuestionRef;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.ui.Routes;

/**
 * What the report page adds to the shared markup: under each recommendation, « Cette recommandation vous a-t-elle
 * aidé ? » with three plain buttons (the verdict already given pressed), which {@link FeedbackPrompt} answers; links
 * back to the phases and questions the team can change. The buttons carry the recommendation's id only: the server
 * checks it against the questionnaire before anything is kept.
 */
record PageExtras(String token, Map<String, Feedback> given) implements ScreenExtras {

    static final String RECOMMENDATION = "data-rec";
    static final String VERDICT = "data-verdict";
    static final String TRACK = "data-track";
    /**
     * The click on a « Suivre cette action » button, and the action it names, as event data. Flow evaluates every
     * click listener's data on each click: each expression must hold (null) when the click is not its own.
     */
    static final String TRACK_PRESSED = "event.target.closest('[" + TRACK + "]')";
    static final String TRACKED = TRACK_PRESSED + "?.getAttribute('" + TRACK + "')";

    @Override
    public void afterRecommendation(Html h, Report report, ReportItem item) {
        Optional<Verdict> verdict = Optional.ofNullable(given.get(item.id())).map(Feedback::verdict);
        h.open("div", "class", "pc-feedback", "role", "group", "aria-label",
                report.labels().format("feedback.group", item.title()));
        h.element("span", report.label("feedback.question"), "class", "pc-feedback-question");
        for (Verdict v : Verdict.values()) {
            h.element("button", report.label("feedback." + v.name().toLowerCase(java.util.Locale.ROOT)),
                    "type", "button", "class", "pc-feedback-button", RECOMMENDATION, item.id(), VERDICT, v.name(),
                    "aria-pressed", String.valueOf(verdict.equals(Optional.of(v))));
        }
        h.close("div");
    }

    @Override
    public boolean showsEveryTracking() {
        return true;
    }

    /** « Suivre cette action »: a plain button carrying the action's id, answered by the page's click listener. */
    @Override
    public void trackingControls(Html h, Report report, PlanItem item) {
        trackButton(h, report, item);
    }

    /** The button under an action of the plan, here and on a team's report. */
    static void trackButton(Html h, Report report, PlanItem item) {
        h.element("button", report.label("tracker.edit"), "type", "button", "class", "pc-track-button", TRACK,
                item.action().id(), "aria-label", report.labels().format("tracker.edit.long", item.action().title()));
    }

    @Override
    public void phaseLink(Html h, Report report, String phaseId, String phaseTitle) {
        h.text(" ").open("a", "href", Routes.phase(token, phaseId), "class", "pc-edit-link",
                "aria-label", report.labels().format("screen.edit_phase.long", phaseTitle))
                .text(report.label("screen.edit")).close("a");
    }

    @Override
    public void questionLink(Html h, Report report, QuestionRef question) {
        h.text(" ").open("a", "href", Routes.question(token, question.phaseId(), question.id()),
                "class", "pc-edit-link", "aria-label", report.labels().format("screen.edit_question.long",
                        question.label())).text(report.label("screen.edit")).close("a");
    }

    @Override
    public void reasonSource(Html h, QuestionRef question, String text) {
        h.open("a", "href", Routes.question(token, question.phaseId(), question.id()), "class", "from")
                .text(text).close("a");
    }
}
