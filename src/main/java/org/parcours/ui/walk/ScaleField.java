package org.parcours.ui.walk;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;

/**
 * A scale as a labelled radio group: every step is a radio, the two ends carry their labels
 * ("1 — not at all", …, "5 — completely"), so the meaning of each step is read out.
 */
final class ScaleField extends QuestionField<Integer> {

    ScaleField(Question question, String locale) {
        super(question, new RadioButtonGroup<Integer>());
        int min = (int) question.min().orElse(1);
        int max = (int) question.max().orElse(5);
        RadioButtonGroup<Integer> group = group();
        group.addClassName("pc-scale");
        List<Integer> steps = IntStream.rangeClosed(min, max).boxed().toList();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(steps);
        String minLabel = question.minLabel().map(l -> l.in(locale)).orElse("");
        String maxLabel = question.maxLabel().map(l -> l.in(locale)).orElse("");
        group.setItemLabelGenerator(step -> step == min && !minLabel.isEmpty() ? step + " — " + minLabel
                : step == max && !maxLabel.isEmpty() ? step + " — " + maxLabel
                : String.valueOf(step));
    }

    @Override
    Optional<AnswerValue> answer() {
        return Optional.ofNullable(group().getValue()).map(step -> AnswerValue.of(step.doubleValue()));
    }

    @Override
    Integer valueOf(Optional<AnswerValue> answer) {
        return answer.filter(AnswerValue.Number.class::isInstance)
                .map(value -> (int) Math.round(((AnswerValue.Number) value).value()))
                .filter(group().getListDataView().getItems().toList()::contains)
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> group() {
        return (RadioButtonGroup<Integer>) field();
    }
}
