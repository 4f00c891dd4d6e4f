package org.parcours.report;

import java.util.List;
import org.parcours.engine.Evaluation;
import org.parcours.engine.SpeedboatItem;

/** The engine's speed boat with its notes, questions and answers resolved to the report's locale. */
final class Speedboats {

    private final String locale;
    private final Questions questions;

    Speedboats(String locale, Questions questions) {
        this.locale = locale;
        this.questions = questions;
    }

    SpeedboatView of(Evaluation evaluation) {
        var boat = evaluation.speedboat();
        return new SpeedboatView(notes(evaluation, boat.wind()), notes(evaluation, boat.boat()),
                notes(evaluation, boat.rocks()), boat.island());
    }

    private List<SpeedboatView.Note> notes(Evaluation evaluation, List<SpeedboatItem> items) {
        return items.stream().flatMap(item -> evaluation.questionnaire().question(item.questionId()).stream()
                .map(q -> new SpeedboatView.Note(item.note().in(locale), questions.ref(q),
                        questions.optionLabel(q, item.optionId()))))
                .toList();
    }
}
