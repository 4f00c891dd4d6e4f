package org.parcours.ui.walk;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;
import org.parcours.ui.component.LightOption;
import org.parcours.ui.component.LightRadioGroup;

/**
 * A yes/no question as two radios rather than one checkbox, so that "not answered yet" and "no" stay distinct.
 */
final class YesNoInput extends QuestionInput<LightRadioGroup, String> {

    private static final String YES = "true";
    private static final String NO = "false";

    YesNoInput(Question question, Texts texts) {
        super(question, new LightRadioGroup(List.of(new LightOption(YES, texts.get("walk.yes")),
                new LightOption(NO, texts.get("walk.no")))));
    }

    /** Yes or no; anything else the browser might send goes to the engine as text, which it refuses. */
    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(field().getValue()).map(value -> switch (value) {
            case YES -> AnswerValue.of(true);
            case NO -> AnswerValue.of(false);
            default -> new AnswerValue.Text(value);
        });
    }

    @Override
    String valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Bool.class::isInstance)
                .map(value -> ((AnswerValue.Bool) value).value() ? YES : NO)
                .orElse(null);
    }
}
