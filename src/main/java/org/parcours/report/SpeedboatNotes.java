package org.parcours.report;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.Evaluation;
import org.parcours.engine.SpeedboatItem;

/**
 * The speed boat in the report's locale: what pushes the team (wind), what it is made of (boat), what blocks it
 * (rocks), each note with the question and answer it comes from; and the island, the team's own words for where
 * it wants to go (user text, empty when not given).
 */
public record SpeedboatNotes(List<Note> wind, List<Note> boat, List<Note> rocks, Optional<String> island) {

    /** One note on the picture and where it comes from. */
    public record Note(String text, QuestionRef question, String answer) {
    }

    public SpeedboatNotes {
        wind = List.copyOf(wind);
        boat = List.copyOf(boat);
        rocks = List.copyOf(rocks);
    }

    /** The engine's speed boat with its notes, questions and answers resolved to the report's locale. */
    static SpeedboatNotes of(Evaluation evaluation, String locale, QuestionRefs questions) {
        var boat = evaluation.speedboat();
        return new SpeedboatNotes(notes(evaluation, boat.wind(), locale, questions),
                notes(evaluation, boat.boat(), locale, questions), notes(evaluation, boat.rocks(), locale, questions),
                boat.island());
    }

    private static List<Note> notes(Evaluation evaluation, List<SpeedboatItem> items, String locale,
                                    QuestionRefs questions) {
        return items.stream().flatMap(item -> evaluation.questionnaire().question(item.questionId()).stream()
                .map(q -> new Note(item.note().in(locale), questions.ref(q), questions.optionLabel(q, item.optionId()))))
                .toList();
    }

    public boolean isEmpty() {
        return wind.isEmpty() && boat.isEmpty() && rocks.isEmpty() && island.isEmpty();
    }
}
