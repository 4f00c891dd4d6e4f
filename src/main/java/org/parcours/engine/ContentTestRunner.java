package org.parcours.engine;

import java.util.ArrayList;
import java.util.List;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;

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

    public static List<Outcome> run(Questionnaire questionnaire) {
        return questionnaire.tests().stream().map(t -> run(questionnaire, t)).toList();
    }

    public static Outcome run(Questionnaire questionnaire, ContentTest test) {
        Answers.Parsed parsed = Answers.fromRaw(questionnaire, test.answers());
        List<String> failures = new ArrayList<>();
        failures.addAll(answerProblems(test, parsed));
        Evaluation e = Engine.evaluate(questionnaire, parsed.answers());
        ContentTest.Expectation x = test.expect();
        x.visible().stream().filter(id -> !e.isVisible(id))
                .forEach(id -> failures.add("expected '" + id + "' to be visible, but it is hidden"));
        x.hidden().stream().filter(e::isVisible)
                .forEach(id -> failures.add("expected '" + id + "' to be hidden, but it is visible"));
        x.scores().forEach((d, range) -> {
            var percent = e.score(d).percent();
            if (percent.isEmpty()) {
                failures.add("expected score " + d + " in [" + Messages.number(range.min()) + ", "
                        + Messages.number(range.max()) + "], but it is absent (nothing attainable answered)");
            } else if (!range.contains(percent.getAsDouble())) {
                failures.add("expected score " + d + " in [" + Messages.number(range.min()) + ", "
                        + Messages.number(range.max()) + "], got " + round(percent.getAsDouble()));
            }
        });
        x.levels().forEach((d, level) -> {
            String actual = e.score(d).band().map(b -> b.level()).orElse("(none)");
            if (!actual.equals(level)) failures.add("expected level " + d + " = " + level + ", got " + actual);
        });
        x.recommended().forEach(id -> {
            boolean ok = e.recommendation(id).map(RankedRecommendation::recommended).orElse(false);
            if (!ok) failures.add("expected '" + id + "' to be recommended, but " + why(e, id));
        });
        x.notRecommended().forEach(id -> {
            if (e.recommendation(id).map(RankedRecommendation::recommended).orElse(false)) {
                failures.add("expected '" + id + "' not to be recommended, but it is (fit "
                        + e.recommendation(id).orElseThrow().fit() + ")");
            }
        });
        x.top().forEach((kind, id) -> {
            List<RankedRecommendation> ranked = e.ranked(kind);
            String actual = ranked.isEmpty() ? "(none)" : ranked.getFirst().id() + " (fit " + ranked.getFirst().fit() + ")";
            if (ranked.isEmpty() || !ranked.getFirst().id().equals(id)) {
                failures.add("expected top " + kind.id() + " = " + id + ", got " + actual);
            }
        });
        return new Outcome(test, failures);
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

    private static String why(Evaluation e, String id) {
        return e.recommendation(id).map(r -> "its total fit is " + r.fit())
                .orElse("it is not eligible (its 'when' is false)");
    }

    private static String round(double v) {
        return Messages.number(Math.round(v * 10) / 10.0);
    }
}
