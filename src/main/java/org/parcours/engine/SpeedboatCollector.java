package org.parcours.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/** Collects the speed boat from the chosen options of visible, validly answered questions. */
final class SpeedboatCollector {

    private SpeedboatCollector() {
    }

    /**
     * {@code answers} holds the valid answer of each visible question, by index in questions() ({@code index}
     * gives it by id), or null.
     */
    static Speedboat of(Questionnaire questionnaire, AnswerValue[] answers, Map<String, Integer> index) {
        List<SpeedboatItem> wind = new ArrayList<>();
        List<SpeedboatItem> boat = new ArrayList<>();
        List<SpeedboatItem> rocks = new ArrayList<>();
        List<Question> questions = questionnaire.questions();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null) continue;
            Question q = questions.get(i);
            for (String optionId : chosen(answers[i])) {
                q.option(optionId).flatMap(Option::speedboat).ifPresent(mark -> {
                    SpeedboatItem item = new SpeedboatItem(q.id(), optionId, mark.note());
                    switch (mark.part()) {
                        case WIND -> wind.add(item);
                        case BOAT -> boat.add(item);
                        case ROCK -> rocks.add(item);
                    }
                });
            }
        }
        Optional<String> island = questionnaire.speedboatIsland()
                .map(index::get)
                .map(i -> answers[i])
                .flatMap(a -> a instanceof AnswerValue.Text t && !t.text().isBlank()
                        ? Optional.of(t.text().strip()) : Optional.empty());
        return new Speedboat(wind, boat, rocks, island);
    }

    private static List<String> chosen(AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Choice c -> List.of(c.option());
            case AnswerValue.Choices c -> c.options();
            case null, default -> List.of();
        };
    }
}
