package org.parcours.questionnaire;

import java.util.Set;

/**
 * A compiled, type-checked expression that holds or not for an answer set. Compiled once when the
 * questionnaire loads (by {@code questionnaire.cel}); the engine only runs it.
 */
public interface Condition {

    /** The expression as the author wrote it. */
    String source();

    /** Where the expression is written ({@code file:line:col}), or an empty text when not known. */
    default String place() {
        return "";
    }

    /**
     * How many evaluation steps one run takes on these bindings (for authors' tools, not for evaluations): a
     * run that outgrows its budget gives {@link Long#MAX_VALUE}.
     */
    long steps(Bindings bindings);

    /** The question ids the expression reads (identifiers and {@code answered('…')} arguments). */
    Set<String> readsQuestions();

    /**
     * The string literals the expression holds ({@code 'software'} in {@code resource_type == 'software'}): the
     * options it can name, for the warning about options that change nothing.
     */
    Set<String> stringLiterals();

    /**
     * Whether the expression holds. An expression that cannot be decided on a well-typed answer set (an
     * index out of range, a missing score) does not hold, as in CEL; an evaluation never fails because of one.
     */
    boolean test(Bindings bindings);
}
