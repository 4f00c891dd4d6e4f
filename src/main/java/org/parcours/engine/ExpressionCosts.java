package org.parcours.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;

/**
 * Runs every expression of a questionnaire on the answers of each of its content tests and names the costly
 * ones: an expression that takes more than {@link #MOST_STEPS} evaluation steps on realistic answers makes every
 * page slower, and one that outgrows its budget counts as false. Counted in steps, not time, so that the verdict
 * is the same on any machine.
 */
public final class ExpressionCosts {

    /** Most evaluation steps one expression should take on a content test's answers. */
    public static final long MOST_STEPS = 10_000;

    private ExpressionCosts() {
    }

    /** A costly expression: where it is written, its text, the steps it took, and the test whose answers it ran on. */
    public record Costly(String place, String source, long steps, String test) {
        @Override
        public String toString() {
            String how = steps == Long.MAX_VALUE ? "stops for outgrowing its budget, and counts as false,"
                    : "takes " + steps + " evaluation steps";
            return place + ": expression \"" + shortened(source) + "\" " + how + " with the answers of test '"
                    + test + "'; the most is " + MOST_STEPS + ": make it simpler (fewer or shorter loops)";
        }

        private static String shortened(String text) {
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
    }

    /** The costly expressions, each once, with the most it took; in the questionnaire's order. */
    public static List<Costly> of(Questionnaire questionnaire) {
        Map<Condition, Costly> worst = new LinkedHashMap<>();
        for (ContentTest test : questionnaire.tests()) {
            Bindings bindings = Engine.bindingsAfter(questionnaire,
                    Answers.fromRaw(questionnaire, test.answers()).answers());
            for (Condition condition : questionnaire.conditions()) {
                long steps = condition.steps(bindings);
                Costly known = worst.get(condition);
                if (steps > MOST_STEPS && (known == null || steps > known.steps())) {
                    worst.put(condition, new Costly(condition.place(), condition.source(), steps, test.name()));
                }
            }
        }
        return new ArrayList<>(worst.values());
    }
}
