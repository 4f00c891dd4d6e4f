package org.parcours.ui.walk;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

/**
 * A text question: a text area saved a moment after the team stops typing, with a character counter. Longer
 * text than allowed is refused by the engine with a message, never silently cut.
 */
final class TextInput extends QuestionInput<TextArea, String> {

    private static final int SAVE_DELAY_MS = 800;

    private final Texts texts;

    TextInput(Question question, Texts texts) {
        super(question, new TextArea());
        this.texts = texts;
        TextArea area = field();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(SAVE_DELAY_MS);
        area.addValueChangeListener(change -> count());
        count();
    }

    @Override
    Optional<AnswerValue> answer() {
        String text = field().getValue();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(AnswerValue.text(text));
    }

    @Override
    String valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Text.class::isInstance)
                .map(value -> ((AnswerValue.Text) value).text())
                .orElse("");
    }

    private void count() {
        String text = field().getValue();
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        helper(texts.get("walk.characters", length, question().maxLength()));
    }
}
