package org.parcours.engine;

import java.util.Set;
import org.parcours.questionnaire.LocalizedText;

/** A fit criterion that held: its text, its weight, and the questions its expression reads. */
public record Reason(LocalizedText because, int weight, Set<String> questions) {

    public Reason {
        questions = Set.copyOf(questions);
    }
}
