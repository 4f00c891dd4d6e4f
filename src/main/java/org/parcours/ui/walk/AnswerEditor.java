package org.parcours.ui.walk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

/**
 * The walk's field for one question, for pages outside the walk (a team's agreed answers): the same inputs, labels,
 * help and problems as the walk, and the version of the answer shown, which a change names.
 */
public final class AnswerEditor extends Div {

    private final QuestionBlock block;
    private final Texts texts;
    private final String locale;

    private AnswerEditor(QuestionBlock block, Texts texts, String locale) {
        this.block = block;
        this.texts = texts;
        this.locale = locale;
        add(block);
    }

    /** @param owner the page whose translations the field speaks */
    public static AnswerEditor of(Question question, String locale, Component owner) {
        Texts texts = owner::getTranslation;
        return new AnswerEditor(QuestionBlock.of(question, locale, texts), texts, locale);
    }

    public Question question() {
        return block.question();
    }

    public void show(Optional<AnswerValue> answer, long version) {
        block.show(answer, version);
    }

    public long version() {
        return block.version();
    }

    public void saved(long version) {
        block.saved(version);
    }

    public void onChange(Consumer<Optional<AnswerValue>> listener) {
        block.onChange(listener);
    }

    /** Why what the field holds cannot be an answer, if it cannot. */
    public Optional<String> refusal() {
        return block.refusal();
    }

    public void showProblems(List<String> messages) {
        block.showProblems(messages);
    }

    public void focus() {
        block.focus();
    }

    /** Tells that someone changed this answer meanwhile; the field already shows theirs. */
    public void tellConflict(Optional<String> theirs, Runnable putMineBack) {
        new ConflictDialog(texts, block.question().label().in(locale), theirs, putMineBack).open();
    }
}
