package org.parcours.questionnaire;

import java.util.Map;

/**
 * What an expression can read while it runs, by question index in {@link Questionnaire#questions()}.
 * The engine implements it from arrays; values are already in their CEL type (String, List&lt;String&gt;,
 * Double, Boolean) and hidden or unanswered questions read as their default.
 */
public interface Bindings {

    /** The CEL value of the question at {@code index}, never null. */
    Object value(int index);

    /** Whether the question at {@code index} is visible and holds a valid answer. */
    boolean answered(int index);

    /** Percent per dimension id, -1.0 when absent. Only recommendations read it. */
    Map<String, Double> scores();
}
