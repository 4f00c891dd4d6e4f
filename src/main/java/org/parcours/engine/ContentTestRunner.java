package org.parcours.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.Recommendation;

/** Runs a questionnaire's content tests (contract §8) through the engine. */
public final class ContentTestRunner {

    private ContentTestRunner() {
    }

    /** One test's outcome; {@code failures} empty means it passed. */
    public record Outcome(ContentTest test, List<String> failures) {
        public Outcome {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * How much of the catalogue the tests look at: a recommendation is named when a test expects something of it
     * (recommended, not_recommended, top, excluded or against).
     */
    public record Coverage(int named, int total) {
        /** The share named, in percent, rounded down (so that 90 means at least 90); 100 for an empty catalogue. */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(100.0 * named / total);
        }

        /** The line {@code parcours test} prints. */
        @Override
        public String toString() {
            return "coverage: " + named + " of " + total + " recommendations named by a test (" + percent() + " %)";
        }
    }

    public static List<Outcome> run(Questionnaire questionnaire) {
        return questionnaire.tests().stream().map(t -> run(questionnaire, t)).toList();
    }

    public static Outcome run(Questionnaire questionnaire, ContentTest test) {
        Answers.Parsed parsed = Answers.fromRaw(questionnaire, test.answers());
        List<String> failures = new ArrayList<>(answerProblems(test, parsed));
        Evaluation e = Engine.evaluate(questionnaire, parsed.answers());
        new Expectations(e, failures).check(test.expect());
        return new Outcome(test, failures);
    }

    public static Coverage coverage(Questionnaire questionnaire) {
        Set<String> named = new HashSet<>();
        questionnaire.tests().forEach(t -> named.addAll(t.expect().namedRecommendations()));
        int total = questionnaire.recommendations().size();
        long count = questionnaire.recommendations().stream().map(Recommendation::id).filter(named::contains).count();
        return new Coverage((int) count, total);
    }

    /**
     * The test's answers that break the rules every answer follows, each as {@code file:line:column: invalid
     * answer to 'id': message}.
     */
    public static List<String> answerProblems(Questionnaire questionnaire, ContentTest test) {
        return answerProblems(test, Answers.fromRaw(questionnaire, test.answers()));
    }

    private static List<String> answerProblems(ContentTest test, Answers.Parsed parsed) {
        return parsed.problems().stream().map(p -> test.place(p.questionId()) + ": invalid answer to '"
                + p.questionId() + "': " + p.message().in("en")).toList();
    }
}
