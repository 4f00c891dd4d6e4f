package org.parcours.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.NextRound;
import org.parcours.round.RoundService;
import org.parcours.ui.Routes;

/**
 * « Refaire le diagnostic »: starts the next round from this finished one, from its answers (each to confirm) or
 * blank, as the team chooses, then opens the new round's first page. Before the diagnostic is finished it says
 * when it can be taken again.
 */
final class NextRoundForm extends Details {

    private final Paragraph refusal = new Paragraph();

    NextRoundForm(RoundService rounds, AssessmentState state) {
        setSummaryText(getTranslation("round.title"));
        addClassName("pc-team-form");
        addClassName("pc-next-round");
        refusal.getElement().setAttribute("role", "alert");
        Div body = new Div(new Paragraph(getTranslation("round.text")));
        if (!state.evaluation().complete()) {
            body.add(new Paragraph(getTranslation("round.not-finished")));
            add(body);
            return;
        }
        RadioButtonGroup<Boolean> from = new RadioButtonGroup<>(getTranslation("round.start.from"));
        from.setItems(true, false);
        from.setItemLabelGenerator(prefill -> getTranslation(prefill ? "round.start.prefill" : "round.start.blank"));
        from.setValue(true);
        int next = state.round().number() + 1;
        Button start = new Button(getTranslation("round.start.button", next),
                click -> start(rounds, state, !Boolean.FALSE.equals(from.getValue())));
        start.addClassName("pc-primary");
        body.add(from, start, refusal);
        add(body);
    }

    private void start(RoundService rounds, AssessmentState state, boolean prefill) {
        switch (rounds.start(state.token(), prefill)) {
            case NextRound.Started started -> UI.getCurrent().navigate(Routes.resume(state.token().value()));
            case NextRound.AlreadyStarted already -> UI.getCurrent().navigate(Routes.resume(state.token().value()));
            case NextRound.NotFinished notFinished -> refusal.setText(getTranslation("round.not-finished"));
            case NextRound.NotFound gone -> refusal.setText(getTranslation("round.gone"));
        }
    }
}
