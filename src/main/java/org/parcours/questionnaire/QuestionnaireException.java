package org.parcours.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** A questionnaire (or answers file) that cannot be loaded; carries every problem found, not only the first. */
public final class QuestionnaireException extends Exception {

    private final transient List<Problem> problems;

    public QuestionnaireException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
