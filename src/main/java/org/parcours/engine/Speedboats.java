package org.parcours.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;

/** Collects the speed boat from the chosen options of visible, validly answered questions. */
final class Speedboats {

    private Speedboats() {
    }

    static Speedboat of(Questionnaire questionnaire, Function<String, AnswerValue> answerOf) {
        List<SpeedboatItem> wind = new ArrayList<>();
        List<SpeedboatItem> boat = new ArrayList<>();
        List<SpeedboatItem> rocks = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            for (String optionId : chosen(answerOf.apply(q.id()))) {
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
                .map(answerOf)
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
