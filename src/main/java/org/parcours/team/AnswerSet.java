package org.parcours.team;

import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Answers;

/**
 * One set of answers as stored: a member's own, the atelier's shared set, or the agreed set. {@code marks} hold a
 * row for every answer ever given, cleared ones included; {@code reasons} are the members' one-line reasons.
 */
public record AnswerSet(Answers answers, Map<String, AnswerMark> marks, Map<String, String> reasons) {

    public AnswerSet {
        marks = Map.copyOf(marks);
        reasons = Map.copyOf(reasons);
    }

    static AnswerSet empty() {
        return new AnswerSet(Answers.empty(), Map.of(), Map.of());
    }

    /** The version of a question's answer: 0 when it was never answered. */
    public long versionOf(String questionId) {
        AnswerMark mark = marks.get(questionId);
        return mark == null ? 0 : mark.version();
    }

    public Optional<AnswerMark> mark(String questionId) {
        return Optional.ofNullable(marks.get(questionId));
    }

    public Optional<String> reason(String questionId) {
        return Optional.ofNullable(reasons.get(questionId));
    }
}
