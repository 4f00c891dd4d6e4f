package org.parcours.ui.walk;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.ui.component.LightCheckboxGroup;

/**
 * A multiple-choice question as a checkbox group. An exclusive option ("none of these") behaves as the team
 * expects: ticking it clears the others, ticking another clears it.
 */
final class MultipleChoiceInput extends QuestionInput<LightCheckboxGroup, Set<String>> {

    MultipleChoiceInput(Question question, String locale) {
        super(question, new LightCheckboxGroup(Choices.of(question, locale)));
    }

    /** The ticked options in the questionnaire's order; any other value the browser sent goes on to be refused. */
    @Override
    Optional<AnswerValue> answer() {
        Set<String> ticked = field().getValue();
        List<String> chosen = Stream.concat(
                question().options().stream().map(Option::id).filter(ticked::contains),
                ticked.stream().filter(id -> question().option(id).isEmpty())).toList();
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
        field().addValueChangeListener(event -> {
            if (isQuiet()) {
                return;
            }
            Set<String> kept = keepExclusiveApart(event.getOldValue(), event.getValue());
            if (!kept.equals(event.getValue())) {
                quietly(() -> field().setValue(kept));
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
}
