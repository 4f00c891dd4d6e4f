package org.parcours.ui.walk;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;

/** A single-choice question as a radio group: one option id. */
final class ChoiceField extends QuestionField<String> {

    ChoiceField(Question question, String locale) {
        super(question, new RadioButtonGroup<String>());
        RadioButtonGroup<String> group = group();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(question.options().stream().map(Option::id).toList());
        group.setItemLabelGenerator(id -> question.option(id).map(o -> o.label().in(locale)).orElse(id));
    }

    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(group().getValue()).map(AnswerValue::of);
    }

    @Override
    String valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Choice.class::isInstance)
                .map(value -> ((AnswerValue.Choice) value).option())
                .filter(id -> question().option(id).isPresent())
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> group() {
        return (RadioButtonGroup<String>) field();
    }
}
