package org.parcours.ui.walk;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

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

    void showProblems(List<String> messages) {
        field.setErrorMessage(String.join(" ", messages));
        field.setInvalid(!messages.isEmpty());
    }

    void focus() {
        field.getElement().callJsFunction("focus");
    }
}
