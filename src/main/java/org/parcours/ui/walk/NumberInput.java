package org.parcours.ui.walk;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

/** A number question: a number field with its unit and bounds. The engine, not the field, enforces the bounds. */
final class NumberInput extends QuestionInput<NumberField, Double> {

    NumberInput(Question question, String locale) {
        super(question, new NumberField());
        NumberField field = field();
        question.min().ifPresent(field::setMin);
        question.max().ifPresent(field::setMax);
        question.unit().map(unit -> unit.in(locale)).filter(unit -> !unit.isBlank())
                .ifPresent(unit -> field.setSuffixComponent(new Span(unit)));
    }

    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(field().getValue()).map(AnswerValue::of);
    }

    @Override
    Double valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Number.class::isInstance)
                .map(value -> ((AnswerValue.Number) value).value())
                .orElse(null);
    }
}
