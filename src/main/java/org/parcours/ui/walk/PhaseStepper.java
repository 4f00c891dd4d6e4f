package org.parcours.ui.walk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.parcours.engine.Evaluation;
import org.parcours.engine.Progress;
import org.parcours.questionnaire.Phase;

/**
 * The phases as an ordered list of links, the current one marked {@code aria-current="step"}, each with how many
 * of its questions are answered.
 */
final class PhaseStepper extends Nav {

    PhaseStepper(String token, Evaluation evaluation, String currentPhaseId, String locale, Texts texts) {
        addClassName("pc-stepper");
        getElement().setAttribute("aria-label", texts.get("walk.stepper"));
        OrderedList steps = new OrderedList();
        int number = 1;
        for (Phase phase : evaluation.questionnaire().phases()) {
            steps.add(step(token, phase, number++, evaluation.progress(phase.id()), phase.id().equals(currentPhaseId),
                    locale, texts));
        }
        add(steps);
    }

    private static ListItem step(String token, Phase phase, int number, Progress progress, boolean current,
                                 String locale, Texts texts) {
        Anchor link = new Anchor(WalkRoutes.phase(token, phase.id()));
        link.add(new Span(number + ". " + phase.title().in(locale)));
        Span count = new Span(texts.get("walk.step-progress", progress.answered(), progress.visible()));
        count.addClassName("pc-step-count");
        link.add(count);
        ListItem item = new ListItem(link);
        item.addClassName("pc-step");
        if (current) {
            link.getElement().setAttribute("aria-current", "step");
            item.addClassName("pc-step-current");
        } else if (progress.visible() > 0 && progress.answered() == progress.visible()) {
            item.addClassName("pc-step-done");
        }
        return item;
    }
}
