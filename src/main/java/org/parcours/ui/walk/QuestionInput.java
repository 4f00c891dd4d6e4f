package org.parcours.ui.walk;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.engine.AnswerValue;
import org.parcours.markup.Html;
import org.parcours.questionnaire.Question;
import org.parcours.ui.component.Markup;

/**
 * The input for one question, whatever its type: shows a stored answer, reports the team's changes as answers,
 * and shows the engine's problems next to itself.
 *
 * @param <C> the Vaadin field
 * @param <V> its value type
 */
abstract class QuestionInput<C extends AbstractField<C, V> & HasValidation & HasLabel & HasHelper, V> {

    private final Question question;
    private final C field;
    private boolean quiet;
    /**
     * The field's helper, as a component in its helper slot rather than its helper text: the web component ties
     * the slot to its input or group with {@code aria-describedby}, so a screen reader says the mark with the field.
     * Plain markup, one state node, rewritten when the text or the mark changes.
     */
    private final Markup helper = new Markup("div", "pc-helper");
    private String helperText = "";
    private Optional<String> mark = Optional.empty();

    QuestionInput(Question question, C field) {
        this.question = question;
        this.field = field;
    }

    Question question() {
        return question;
    }

    C field() {
        return field;
    }

    /** The answer the field holds now; empty when it holds none. */
    abstract Optional<AnswerValue> answer();

    /**
     * Why what the field holds cannot be read as an answer at all (a number that is not one), in the team's
     * language; empty when it can. Such a value is neither saved nor taken as a cleared answer.
     */
    Optional<String> refusal() {
        return Optional.empty();
    }

    /** The field's value showing {@code answer}, or its empty value. */
    abstract V valueOf(Optional<AnswerValue> answer);

    /** Shows a stored answer without reporting it as a change. */
    void show(Optional<AnswerValue> answer) {
        quietly(() -> field.setValue(valueOf(answer)));
    }

    /** Calls {@code listener} when the team changes the value, not when the page shows a stored one. */
    void onChange(Consumer<Optional<AnswerValue>> listener) {
        field.addValueChangeListener(event -> {
            if (!quiet) {
                listener.accept(answer());
            }
        });
    }

    /** Changes the field without reporting the change. */
    final void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    final boolean isQuiet() {
        return quiet;
    }

    /** The field's helper text: what the team should know to answer. */
    void helper(String text) {
        helperText = text;
        showHelper();
    }

    /** A mark shown first in the helper (an answer « à confirmer »), or none when empty. */
    void mark(Optional<String> text) {
        if (text.equals(mark)) return;
        mark = text;
        showHelper();
    }

    /** No helper at all when it would be empty: the field keeps its usual height. */
    private void showHelper() {
        if (mark.isEmpty() && helperText.isEmpty()) {
            if (helper.getParent().isPresent()) field.setHelperComponent(null);
            return;
        }
        Html html = new Html();
        mark.ifPresent(text -> html.element("span", text, "class", "pc-to-confirm-mark"));
        if (!helperText.isEmpty()) html.element("span", helperText);
        helper.html(html);
        if (helper.getParent().isEmpty()) field.setHelperComponent(helper);
    }

    void showProblems(List<String> messages) {
        field.setErrorMessage(String.join(" ", messages));
        field.setInvalid(!messages.isEmpty());
    }

    /**
     * Moves the focus to the field; in a group, to its chosen option, else its first, as Tab would: a radio or
     * checkbox group itself takes no focus, so calling its {@code focus()} left the focus nowhere.
     */
    void focus() {
        field.getElement().executeJs("const option = this.querySelector('vaadin-radio-button[checked], "
                + "vaadin-checkbox[checked]') || this.querySelector('vaadin-radio-button, vaadin-checkbox');"
                + " (option || this).focus()");
    }
}
