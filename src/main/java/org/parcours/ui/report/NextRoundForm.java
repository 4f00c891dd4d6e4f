package org.parcours.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.parcours.assessment.NextRound;
import org.parcours.ui.Routes;

/**
 * « Refaire le diagnostic »: starts the next round of this finished diagnostic, from its answers (each to confirm)
 * or blank, as the team chooses, then opens the new round's first page. Before the diagnostic is finished it says
 * when it can be taken again.
 */
final class NextRoundForm extends Details {

    /** Starts the next round, from the answers or blank. */
    @FunctionalInterface
    interface Starter extends java.io.Serializable {
        NextRound start(boolean prefill);
    }

    private final Paragraph refusal = new Paragraph();

    /**
     * @param finished whether every required question is answered
     * @param next     the number of the round to start
     * @param textKey  what taking it again means here (the link moves, or a new link is given)
     */
    NextRoundForm(boolean finished, int next, String textKey, Starter starter) {
        setSummaryText(getTranslation("round.title"));
        addClassName("pc-team-form");
        addClassName("pc-next-round");
        refusal.getElement().setAttribute("role", "alert");
        Div body = new Div(new Paragraph(getTranslation(textKey)));
        if (!finished) {
            body.add(new Paragraph(getTranslation("round.not-finished")));
            add(body);
            return;
        }
        RadioButtonGroup<Boolean> from = new RadioButtonGroup<>(getTranslation("round.start.from"));
        from.setItems(true, false);
        from.setItemLabelGenerator(prefill -> getTranslation(prefill ? "round.start.prefill" : "round.start.blank"));
        from.setValue(true);
        Button start = new Button(getTranslation("round.start.button", next),
                click -> started(starter.start(!Boolean.FALSE.equals(from.getValue()))));
        start.addClassName("pc-primary");
        body.add(from, start, refusal);
        add(body);
    }

    private void started(NextRound outcome) {
        switch (outcome) {
            case NextRound.Started started -> open(started.state().token().value());
            case NextRound.AlreadyStarted already -> open(already.state().token().value());
            case NextRound.AlreadyTakenAgain again -> refusal.setText(getTranslation("round.team.already"));
            case NextRound.NotFinished notFinished -> refusal.setText(getTranslation("round.not-finished"));
            case NextRound.NotFound gone -> refusal.setText(getTranslation("round.gone"));
        }
    }

    private static void open(String token) {
        UI.getCurrent().navigate(Routes.resume(token));
    }
}
