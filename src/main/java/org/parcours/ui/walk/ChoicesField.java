package org.parcours.ui.walk;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;

/**
 * A multiple-choice question as a checkbox group. An exclusive option ("none of these") behaves as the team
 * expects: ticking it clears the others, ticking another clears it.
 */
final class ChoicesField extends QuestionField<Set<String>> {

    ChoicesField(Question question, String locale) {
        super(question, new CheckboxGroup<String>());
        CheckboxGroup<String> group = group();
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(question.options().stream().map(Option::id).toList());
        group.setItemLabelGenerator(id -> question.option(id).map(o -> o.label().in(locale)).orElse(id));
    }

    @Override
    Optional<AnswerValue> answer() {
        List<String> chosen = question().options().stream().map(Option::id)
                .filter(group().getValue()::contains).toList();
        return chosen.isEmpty() ? Optional.empty() : Optional.of(AnswerValue.of(chosen));
    }

    @Override
    Set<String> valueOf(Optional<AnswerValue> answer) {
        Set<String> chosen = new LinkedHashSet<>();
        answer.filter(AnswerValue.Choices.class::isInstance)
                .ifPresent(value -> chosen.addAll(((AnswerValue.Choices) value).options()));
        chosen.removeIf(id -> question().option(id).isEmpty());
        return chosen;
    }

    @Override
    void onChange(Consumer<Optional<AnswerValue>> listener) {
        group().addValueChangeListener(event -> {
            if (isQuiet()) {
                return;
            }
            Set<String> kept = keepExclusiveApart(event.getOldValue(), event.getValue());
            if (!kept.equals(event.getValue())) {
                quietly(() -> group().setValue(kept));
            }
            listener.accept(answer());
        });
    }

    /** The new selection, with an exclusive option never standing beside another. */
    private Set<String> keepExclusiveApart(Set<String> before, Set<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Optional<String> exclusiveAdded = added.stream().filter(this::isExclusive).findFirst();
        if (exclusiveAdded.isPresent()) {
            return Set.of(exclusiveAdded.get());
        }
        Set<String> kept = new LinkedHashSet<>(after);
        if (!added.isEmpty()) {
            kept.removeIf(this::isExclusive);
        }
        return kept;
    }

    private boolean isExclusive(String optionId) {
        return question().option(optionId).map(Option::exclusive).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> group() {
        return (CheckboxGroup<String>) field();
    }
}
