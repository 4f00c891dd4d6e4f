package org.parcours.questionnaire;

import java.util.Map;

/**
 * What an expression can read while it runs. The engine implements it; values are already in their CEL
 * type (String, List&lt;String&gt;, Double, Boolean) and hidden or unanswered questions read as their default.
 */
public interface Bindings {

    /** The CEL value of a question, never null. */
    Object value(String questionId);

    /** Whether the question is visible and holds a valid answer. */
    boolean answered(String questionId);

    /** Percent per dimension id, -1.0 when absent. Only recommendations read it. */
    Map<String, Double> scores();

    /**
     * {@link #value(String)} of the question at {@code index} in {@link Questionnaire#questions()} (its id
     * is {@code questionId}): conditions call this one, so an engine can answer from an array.
     */
    default Object value(int index, String questionId) {
        return value(questionId);
    }

    /** {@link #answered(String)} of the question at {@code index} in {@link Questionnaire#questions()}. */
    default boolean answered(int index, String questionId) {
        return answered(questionId);
    }
}
