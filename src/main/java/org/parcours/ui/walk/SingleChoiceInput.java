package org.parcours.ui.walk;

import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;
import org.parcours.ui.component.LightRadioGroup;

/** A single-choice question as a radio group: one option id. */
final class SingleChoiceInput extends QuestionInput<LightRadioGroup, String> {

    SingleChoiceInput(Question question, String locale) {
        super(question, new LightRadioGroup(Choices.of(question, locale)));
    }

    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(field().getValue()).map(AnswerValue::of);
    }

    @Override
    String valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Choice.class::isInstance)
                .map(value -> ((AnswerValue.Choice) value).option())
                .filter(id -> question().option(id).isPresent())
                .orElse(null);
    }
}
