package org.parcours.engine;

import java.util.List;

/** One answer, typed by the kind of question it answers. */
public sealed interface AnswerValue {

    /** Option id of a single question. */
    record Choice(String option) implements AnswerValue {
    }

    /** Option ids of a multiple question, in the order given. */
    record Choices(List<String> options) implements AnswerValue {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /** Value of a scale or number question. */
    record Number(double value) implements AnswerValue {
    }

    /** Value of a boolean question. */
    record Bool(boolean value) implements AnswerValue {
    }

    /** Value of a text question. */
    record Text(String text) implements AnswerValue {
    }

    static AnswerValue of(String option) { return new Choice(option); }

    static AnswerValue of(List<String> options) { return new Choices(options); }

    static AnswerValue of(double value) { return new Number(value); }

    static AnswerValue of(boolean value) { return new Bool(value); }

    static AnswerValue text(String text) { return new Text(text); }
}
