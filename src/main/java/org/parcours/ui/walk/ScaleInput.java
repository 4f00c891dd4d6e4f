package org.parcours.ui.walk;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;
import org.parcours.ui.component.LightOption;
import org.parcours.ui.component.LightRadioGroup;

/**
 * A scale as a labelled radio group: every step is a radio, the two ends carry their labels
 * ("1 — not at all", …, "5 — completely"), so the meaning of each step is read out.
 */
final class ScaleInput extends QuestionInput<LightRadioGroup, String> {

    ScaleInput(Question question, String locale) {
        super(question, new LightRadioGroup(steps(question, locale)));
        field().addClassName("pc-scale");
    }

    private static List<LightOption> steps(Question question, String locale) {
        int min = (int) question.min().orElse(1);
        int max = (int) question.max().orElse(5);
        String minLabel = question.minLabel().map(l -> l.in(locale)).orElse("");
        String maxLabel = question.maxLabel().map(l -> l.in(locale)).orElse("");
        return IntStream.rangeClosed(min, max).mapToObj(step -> new LightOption(String.valueOf(step),
                step == min && !minLabel.isEmpty() ? step + " — " + minLabel
                        : step == max && !maxLabel.isEmpty() ? step + " — " + maxLabel
                        : String.valueOf(step))).toList();
    }

    /** The step; anything else the browser might send goes to the engine as text, which it refuses. */
    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(field().getValue()).map(value -> {
            try {
                return AnswerValue.of(Integer.parseInt(value));
            } catch (NumberFormatException notAStep) {
                return new AnswerValue.Text(value);
            }
        });
    }

    @Override
    String valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Number.class::isInstance)
                .map(value -> String.valueOf(Math.round(((AnswerValue.Number) value).value())))
                .filter(field()::offers)
                .orElse(null);
    }
}
