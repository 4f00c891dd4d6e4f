package org.parcours.ui.walk;

import java.util.Map;
import org.parcours.engine.Evaluation;
import org.parcours.engine.Progress;
import org.parcours.questionnaire.Phase;
import org.parcours.markup.Html;
import org.parcours.ui.Routes;
import org.parcours.ui.component.Markup;

/**
 * The phases as an ordered list of links, the current one marked {@code aria-current="step"}, each with how many
 * of its questions are answered and, in a round taken again, how many answers are still « à confirmer ». Plain
 * markup, rewritten after each answer: nothing in it listens on the server.
 */
final class PhaseStepper extends Markup {

    private final java.util.function.Function<String, String> phaseRoute;
    private final String currentPhaseId;
    private final String locale;
    private final Texts texts;

    PhaseStepper(String token, String currentPhaseId, String locale, Texts texts) {
        this(phaseId -> Routes.phase(token, phaseId), currentPhaseId, locale, texts);
    }

    /** @param phaseRoute the address of a phase's page, by phase id (a solo assessment's, a team member's) */
    PhaseStepper(java.util.function.Function<String, String> phaseRoute, String currentPhaseId, String locale,
                 Texts texts) {
        super("nav", "pc-stepper");
        this.phaseRoute = phaseRoute;
        this.currentPhaseId = currentPhaseId;
        this.locale = locale;
        this.texts = texts;
        getElement().setAttribute("aria-label", texts.get("walk.stepper"));
    }

    void show(Evaluation evaluation) {
        show(evaluation, Map.of());
    }

    /** @param toConfirm per phase id, how many of its answers are still « à confirmer » (a round taken again) */
    void show(Evaluation evaluation, Map<String, Integer> toConfirm) {
        Html html = new Html(1024).open("ol");
        int number = 1;
        for (Phase phase : evaluation.questionnaire().phases()) {
            step(html, phase, number++, evaluation.progress(phase.id()), toConfirm.getOrDefault(phase.id(), 0));
        }
        html(html.close("ol"));
    }

    private void step(Html html, Phase phase, int number, Progress progress, int toConfirm) {
        boolean current = phase.id().equals(currentPhaseId);
        String state = current ? "pc-step pc-step-current"
                : progress.visible() > 0 && progress.answered() == progress.visible() ? "pc-step pc-step-done"
                : "pc-step";
        String href = phaseRoute.apply(phase.id());
        html.open("li", "class", state)
                .open("a", current ? new String[] {"href", href, "aria-current", "step"} : new String[] {"href", href})
                .element("span", number + ". " + phase.title().in(locale))
                .element("span", texts.get("walk.step-progress", progress.answered(), progress.visible()),
                        "class", "pc-step-count");
        if (toConfirm > 0) {
            html.element("span", texts.get("walk.round.step-to-confirm", toConfirm), "class", "pc-step-to-confirm");
        }
        html.close("a").close("li");
    }
}
