package org.parcours.engine;

import java.util.List;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Questionnaire;

/** The one place where answers become an evaluation. Stateless and thread-safe. */
public final class Engine {

    private Engine() {
    }

    /** Evaluates answers; never throws on any answer set (invalid answers are reported and ignored). */
    public static Evaluation evaluate(Questionnaire questionnaire, Answers answers) {
        return new Evaluator(questionnaire, answers).run();
    }

    /**
     * What expressions read once the answers are evaluated (visibility decided, scores known): for authors'
     * tools that run the questionnaire's conditions one by one ({@link ExpressionCosts}).
     */
    public static Bindings bindingsAfter(Questionnaire questionnaire, Answers answers) {
        Evaluator evaluator = new Evaluator(questionnaire, answers);
        evaluator.run();
        return evaluator;
    }

    /**
     * Compares several members' answers to one questionnaire: each question's spread, divergence index and proposed
     * agreed answer, the most divergent first, and each dimension's spread of member scores ({@link Comparison}).
     * Never throws on any answer sets (invalid answers are ignored, as {@link #evaluate} does).
     */
    public static Comparison compare(Questionnaire questionnaire, List<Answers> members) {
        return new Comparer(questionnaire, List.copyOf(members)).run();
    }

    /** Checks one answer before it is saved; an empty list means it is acceptable. */
    public static List<AnswerProblem> check(Questionnaire questionnaire, String questionId, AnswerValue value) {
        return AnswerChecker.check(questionnaire, questionId, value);
    }
}
