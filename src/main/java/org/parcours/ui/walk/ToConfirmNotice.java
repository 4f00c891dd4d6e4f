package org.parcours.ui.walk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.assessment.AssessmentState;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.markup.Html;
import org.parcours.ui.Routes;
import org.parcours.ui.component.Markup;

/**
 * In a round taken again, how many answers carried over from the previous round are still « à confirmer », with a
 * link to each phase that holds some: the link opens the page of its first such question, which takes the focus.
 * Only questions the team can see count (a carried answer of a hidden question waits until it shows). Plain
 * markup, rewritten after each change; hidden when nothing is left to confirm.
 */
final class ToConfirmNotice extends Markup {

    private final Texts texts;

    ToConfirmNotice(Texts texts) {
        super("div", "pc-to-confirm-notice");
        this.texts = texts;
    }

    /** The visible questions whose answer is still to confirm, by phase id, in questionnaire order. */
    static Map<String, List<String>> byPhase(AssessmentState state) {
        Map<String, List<String>> byPhase = new LinkedHashMap<>();
        for (Phase phase : state.questionnaire().phases()) {
            for (Question question : phase.questions()) {
                if (state.round().toConfirm(question.id()) && state.evaluation().isVisible(question.id())) {
                    byPhase.computeIfAbsent(phase.id(), id -> new ArrayList<>()).add(question.id());
                }
            }
        }
        return byPhase;
    }

    /** @param byPhase {@link #byPhase} of {@code state} */
    void show(Map<String, List<String>> byPhase, AssessmentState state, String locale) {
        int count = byPhase.values().stream().mapToInt(List::size).sum();
        setVisible(count > 0);
        if (count == 0) {
            html(new Html());
            return;
        }
        Html html = new Html(512).element("p", texts.get("walk.round.notice", count)).open("ul");
        byPhase.forEach((phaseId, questions) -> {
            Phase phase = state.questionnaire().phase(phaseId).orElseThrow();
            html.open("li").element("a", texts.get("walk.round.notice.phase", phase.title().in(locale),
                    questions.size()), "href", Routes.question(state.token().value(), phaseId, questions.getFirst()))
                    .close("li");
        });
        html(html.close("ul"));
    }
}
