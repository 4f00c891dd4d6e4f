package org.parcours.report;

import java.util.List;

/** One reason that held for a recommendation, with its weight and the questions it was read from. */
public record Why(String because, int weight, List<QuestionRef> questions) {

    public Why {
        questions = List.copyOf(questions);
    }
}
