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
}
