package org.parcours.ui.walk;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

/**
 * A yes/no question as two radios rather than one checkbox, so that "not answered yet" and "no" stay distinct.
 */
final class YesNoField extends QuestionField<Boolean> {

    YesNoField(Question question, Texts texts) {
        super(question, new RadioButtonGroup<Boolean>());
        RadioButtonGroup<Boolean> group = group();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        group.setItemLabelGenerator(yes -> texts.get(yes ? "walk.yes" : "walk.no"));
    }

    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(group().getValue()).map(AnswerValue::of);
    }

    @Override
    Boolean valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Bool.class::isInstance)
                .map(value -> ((AnswerValue.Bool) value).value())
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Boolean> group() {
        return (RadioButtonGroup<Boolean>) field();
    }
}
