package org.parcours.ui.walk;

import static org.parcours.ui.Markup.escape;

import org.parcours.engine.Evaluation;
import org.parcours.engine.Progress;
import org.parcours.questionnaire.Phase;
import org.parcours.ui.Markup;

/**
 * The phases as an ordered list of links, the current one marked {@code aria-current="step"}, each with how many
 * of its questions are answered. Plain markup, rewritten after each answer: nothing in it listens on the server.
 */
final class PhaseStepper extends Markup {

    private final String token;
    private final String currentPhaseId;
    private final String locale;
    private final Texts texts;

    PhaseStepper(String token, String currentPhaseId, String locale, Texts texts) {
        super("nav", "pc-stepper");
        this.token = token;
        this.currentPhaseId = currentPhaseId;
        this.locale = locale;
        this.texts = texts;
        getElement().setAttribute("aria-label", texts.get("walk.stepper"));
    }

    void show(Evaluation evaluation) {
        StringBuilder html = new StringBuilder("<ol>");
        int number = 1;
        for (Phase phase : evaluation.questionnaire().phases()) {
            step(html, phase, number++, evaluation.progress(phase.id()));
        }
        html(html.append("</ol>").toString());
    }

    private void step(StringBuilder html, Phase phase, int number, Progress progress) {
        boolean current = phase.id().equals(currentPhaseId);
        String state = current ? " pc-step-current"
                : progress.visible() > 0 && progress.answered() == progress.visible() ? " pc-step-done" : "";
        html.append("<li class=\"pc-step").append(state).append("\"><a href=\"")
                .append(escape(WalkRoutes.phase(token, phase.id()))).append('"')
                .append(current ? " aria-current=\"step\"" : "").append("><span>")
                .append(escape(number + ". " + phase.title().in(locale)))
                .append("</span><span class=\"pc-step-count\">")
                .append(escape(texts.get("walk.step-progress", progress.answered(), progress.visible())))
                .append("</span></a></li>");
    }
}
