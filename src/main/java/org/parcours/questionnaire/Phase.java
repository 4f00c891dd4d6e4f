package org.parcours.questionnaire;

import java.util.List;
import java.util.Optional;

/** A step of the questionnaire, holding its questions in order. */
public record Phase(String id, LocalizedText title, Optional<LocalizedText> intro, List<Question> questions) {

    public Phase {
        questions = List.copyOf(questions);
    }
}
