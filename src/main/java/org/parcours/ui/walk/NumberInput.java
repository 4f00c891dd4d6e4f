package org.parcours.ui.walk;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

/**
 * A number question: a text field read strictly as a plain number of the page's language ({@link PlainNumber}),
 * with its unit. Vaadin's number field read "2e5" as 2 and, in French, "12,5" as 125; this one refuses what is
 * not a plain number, with a message, and saves nothing. The engine, not the field, enforces the bounds.
 */
final class NumberInput extends QuestionInput<TextField, String> {

    private final PlainNumber numbers;
    private final Texts texts;

    NumberInput(Question question, String locale, Texts texts) {
        super(question, new TextField());
        this.numbers = new PlainNumber(locale);
        this.texts = texts;
        TextField field = field();
        // A phone shows its number keyboard, with the decimal mark of the language: the attribute belongs on the
        // web component's own input, which exists only once the field is in the browser.
        field.addAttachListener(attach -> field.getElement().executeJs(
                "this.inputElement && this.inputElement.setAttribute('inputmode', 'decimal')"));
        helper(texts.get("walk.number.help"));
        question.unit().map(unit -> unit.in(locale)).filter(unit -> !unit.isBlank())
                .ifPresent(unit -> field.setSuffixComponent(new Span(unit)));
    }

    @Override
    Optional<AnswerValue> answer() {
        return numbers.read(field().getValue()) instanceof PlainNumber.Number n
                ? Optional.of(AnswerValue.of(n.value())) : Optional.empty();
    }

    @Override
    Optional<String> refusal() {
        return numbers.read(field().getValue()) instanceof PlainNumber.NotANumber
                ? Optional.of(texts.get("walk.number.invalid", field().getValue().strip())) : Optional.empty();
    }

    @Override
    String valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Number.class::isInstance)
                .map(value -> numbers.write(((AnswerValue.Number) value).value()))
                .orElse("");
    }
}
