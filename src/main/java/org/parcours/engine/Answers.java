package org.parcours.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.Questionnaire;

/** Immutable answers by question id. Answers to hidden questions are kept; the engine ignores them. */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, AnswerValue> values;

    private Answers(Map<String, AnswerValue> values) {
        this.values = values;
    }

    public static Answers empty() {
        return EMPTY;
    }

    public static Answers of(Map<String, AnswerValue> values) {
        return new Answers(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** Answers plus the problems met converting raw values; unknown questions and wrong types are left out. */
    public record Parsed(Answers answers, List<AnswerProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Converts values read from YAML or JSON (String, List, Number, Boolean) by each question's type.
     * Never throws: what cannot be converted is reported. Values that convert but break a rule (unknown
     * option, out of range…) are kept and reported too, exactly as {@link Engine#check} would.
     */
    public static Parsed fromRaw(Questionnaire questionnaire, Map<String, ?> raw) {
        return RawAnswers.convert(questionnaire, raw);
    }

    public Answers with(String questionId, AnswerValue value) {
        Map<String, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.put(questionId, value);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Answers without(String questionId) {
        if (!values.containsKey(questionId)) return this;
        Map<String, AnswerValue> copy = new LinkedHashMap<>(values);
        copy.remove(questionId);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Optional<AnswerValue> get(String questionId) {
        return Optional.ofNullable(values.get(questionId));
    }

    public Map<String, AnswerValue> asMap() {
        return values;
    }

    public int size() {
        return values.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
