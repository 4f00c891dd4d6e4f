package org.parcours.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;
import java.util.Optional;
import org.parcours.feedback.Feedback;
import org.parcours.feedback.FeedbackOutcome;
import org.parcours.feedback.Verdict;

/**
 * « Cette recommandation vous a-t-elle aidé ? » once a team pressed one of the three answers under a
 * recommendation: the answer it pressed, already chosen, and room for a comment. Nothing personal is asked; the
 * comment is capped at {@value Feedback#MAX_COMMENT} characters here and checked again on the server.
 */
final class FeedbackPrompt extends Dialog {

    /** Keeps a verdict and says what became of it. */
    @FunctionalInterface
    interface Keeper extends java.io.Serializable {
        FeedbackOutcome keep(Verdict verdict, String comment);
    }

    private final RadioButtonGroup<Verdict> verdicts = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();

    FeedbackPrompt(String title, Verdict pressed, Optional<Feedback> earlier, Keeper keeper,
                   SerializableConsumer<Feedback> saved) {
        setHeaderTitle(getTranslation("feedback.dialog.title", title));
        verdicts.setLabel(getTranslation("feedback.verdict"));
        verdicts.setItems(Verdict.values());
        verdicts.setItemLabelGenerator(v -> getTranslation("feedback." + v.name().toLowerCase(Locale.ROOT)));
        verdicts.setValue(pressed);
        verdicts.setRequiredIndicatorVisible(true);
        comment.setLabel(getTranslation("feedback.comment"));
        comment.setHelperText(getTranslation("feedback.comment.help"));
        comment.setMaxLength(Feedback.MAX_COMMENT);
        comment.setWidthFull();
        earlier.flatMap(Feedback::comment).ifPresent(comment::setValue);
        add(verdicts, comment);
        Button send = new Button(getTranslation("feedback.send"), click -> send(keeper, saved));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("feedback.cancel"), click -> close()), send);
        setWidth("min(40em, 95vw)");
    }

    private void send(Keeper keeper, SerializableConsumer<Feedback> saved) {
        comment.setInvalid(false);
        verdicts.setInvalid(false);
        if (verdicts.getValue() == null) {
            verdicts.setErrorMessage(getTranslation("feedback.verdict.required"));
            verdicts.setInvalid(true);
            return;
        }
        switch (keeper.keep(verdicts.getValue(), comment.getValue())) {
            case FeedbackOutcome.Saved ok -> {
                close();
                saved.accept(ok.feedback());
            }
            case FeedbackOutcome.Refused refused -> {
                comment.setErrorMessage(getTranslation("feedback.refused."
                        + refused.problem().name().toLowerCase(Locale.ROOT)));
                comment.setInvalid(true);
                comment.focus();
            }
        }
    }
}
