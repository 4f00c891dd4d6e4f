package org.parcours.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Problem;
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
     * Warnings for the tests whose answers leave visible required questions without a valid answer although they do
     * not say so with {@code complete: false}: the report of such a team says « Diagnostic incomplet », which a
     * realistic test seldom means (a question added to the questionnaire and not yet answered by its tests, say).
     */
    public static List<Problem> incompleteTests(Questionnaire questionnaire) {
        List<Problem> warnings = new ArrayList<>();
        for (ContentTest test : questionnaire.tests()) {
            Answers.Parsed parsed = Answers.fromRaw(questionnaire, test.answers());
            // An invalid answer is a problem of its own (answerProblems): not said twice.
            if (test.expect().complete().isPresent() || !parsed.problems().isEmpty()) continue;
            Evaluation e = Engine.evaluate(questionnaire, parsed.answers());
            if (e.complete()) continue;
            warnings.add(new Problem(test.file(), test.line(), 1, "content test '" + test.name()
                    + "' leaves visible required questions without a valid answer: "
                    + String.join(", ", e.missingRequired()) + "; its report says the diagnostic is incomplete: "
                    + "answer them as this team would, or write complete: false in its expect if it means to be"));
        }
        return warnings;
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
