package org.parcours.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Expressions#precheck} type-checks many expressions in one CEL run; it must change nothing but the
 * time: the same conditions compile and decide the same, and every refusal is the same message at the same
 * place as when each expression is compiled alone.
 */
class ExpressionsPrecheckTest {

    private static final Map<String, QuestionType> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("kind", QuestionType.SINGLE);
        TYPES.put("needs", QuestionType.MULTIPLE);
        TYPES.put("maintainers", QuestionType.SCALE);
        TYPES.put("legal", QuestionType.BOOLEAN);
        TYPES.put("notes", QuestionType.TEXT);
    }

    private static final List<String> TEXTS = List.of(
            "kind == 'software'",
            "kind == 'software'", // twice: compiled once, shared
            "'a' in needs && maintainers >= 3.0 || !legal",
            "size(needs) >= 2 && answered('notes')",
            "needs.exists(n, n == 'a')",
            "score.fund < 40.0 || score['fund'] > 90.0",
            "score.nope < 40.0", // checks, but names an unknown dimension: a problem found after the check
            "answered(kind)", // answered() needs a quoted id
            "answered('nobody')",
            "kind == 3", // type error
            "size(needs)", // not bool
            "kind", // not bool
            "unknown_question == 'x'",
            "kind == 'a' ||", // syntax error
            "kind == 'a'\n) || (kind == 'b'", // cannot break out of its place in the batch
            "kind == 'a' // a comment",
            "'''multi\nline''' == notes",
            "dyn(kind) == 'a'",
            "[] == needs",
            "");

    private record Outcome(Optional<String> source, Optional<Set<String>> reads, List<String> problems,
                           List<Boolean> decisions) {
    }

    /** A few answer sets, by question index as in TYPES. */
    private static final List<Bindings> BINDINGS = List.of(
            bindings("software", List.of("a"), 3.0, true, "x", true),
            bindings("", List.of(), 0.0, false, "", false),
            bindings("a", List.of("a", "b"), 5.0, false, "notes", true));

    private static Bindings bindings(String kind, List<String> needs, double maintainers, boolean legal, String notes,
                                     boolean answered) {
        Object[] values = {kind, needs, maintainers, legal, notes};
        return new Bindings() {
            @Override
            public Object value(String questionId) {
                return values[List.copyOf(TYPES.keySet()).indexOf(questionId)];
            }

            @Override
            public boolean answered(String questionId) {
                return answered;
            }

            @Override
            public Map<String, Double> scores() {
                return Map.of("fund", 35.0, "reach", -1.0);
            }
        };
    }

    private static List<Outcome> compileAll(boolean precheck, boolean allowScore) {
        Expressions expressions = new Expressions(TYPES, Set.of("fund", "reach"), Map.of());
        if (precheck) expressions.precheck(TEXTS, allowScore);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            Problems problems = new Problems();
            YNode.YScalar scalar = new YNode.YScalar(new YNode.Loc("q.yaml", 10 + i, 7), TEXTS.get(i));
            Optional<Condition> c = expressions.compile(scalar, "when", allowScore, problems);
            List<Boolean> decisions = new ArrayList<>();
            c.ifPresent(condition -> BINDINGS.forEach(b -> {
                decisions.add(condition.test(b));
                decisions.add(condition.runProgram(b));
            }));
            outcomes.add(new Outcome(c.map(Condition::source), c.map(Condition::readsQuestions),
                    problems.sorted().stream().map(Problem::toString).toList(), decisions));
        }
        return outcomes;
    }

    @Test
    void precheck_changes_no_outcome() {
        for (boolean allowScore : new boolean[] {false, true}) {
            List<Outcome> alone = compileAll(false, allowScore);
            assertThat(compileAll(true, allowScore)).as("allowScore " + allowScore).isEqualTo(alone);
            assertThat(alone.get(0).source()).isPresent();
            assertThat(alone.get(9).problems()).isNotEmpty();
        }
    }

    @Test
    void the_batch_takes_what_checks_and_leaves_the_rest() {
        Expressions expressions = new Expressions(TYPES, Set.of("fund", "reach"), Map.of());
        expressions.precheck(TEXTS, true);
        assertThat(TEXTS.stream().filter(t -> expressions.isPrechecked(t, true)).distinct().toList())
                .containsExactly("kind == 'software'", "'a' in needs && maintainers >= 3.0 || !legal",
                        "size(needs) >= 2 && answered('notes')", "needs.exists(n, n == 'a')",
                        "score.fund < 40.0 || score['fund'] > 90.0", "score.nope < 40.0", "answered(kind)",
                        "answered('nobody')", "kind == 'a' // a comment", "'''multi\nline''' == notes",
                        "dyn(kind) == 'a'", "[] == needs");
    }

    @Test
    void identical_texts_share_one_condition() {
        Expressions expressions = new Expressions(TYPES, Set.of("fund"), Map.of());
        expressions.precheck(List.of("kind == 'software'", "legal"), false);
        Problems problems = new Problems();
        YNode.Loc loc = new YNode.Loc("q.yaml", 1, 1);
        Condition a = expressions.compile(new YNode.YScalar(loc, "kind == 'software'"), "if", false, problems)
                .orElseThrow();
        Condition b = expressions.compile(new YNode.YScalar(loc, "kind == 'software'"), "if", false, problems)
                .orElseThrow();
        assertThat(a).isSameAs(b);
        assertThat(problems.isEmpty()).isTrue();
    }
}
