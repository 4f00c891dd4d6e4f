package org.parcours.questionnaire.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.QuestionType;

/**
 * {@link ConditionCompiler#precheck} type-checks many expressions in one CEL run; it must change nothing but the
 * time: the same conditions compile and decide the same, and every refusal is the same message at the same
 * place as when each expression is compiled alone.
 */
class PrecheckTest {

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
            " ");

    private record Outcome(Optional<String> source, Optional<Set<String>> reads, List<ExpressionError> errors,
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
            public Object value(int index) {
                return values[index];
            }

            @Override
            public boolean answered(int index) {
                return answered;
            }

            @Override
            public Map<String, Double> scores() {
                return Map.of("fund", 35.0, "reach", -1.0);
            }
        };
    }

    private static List<Outcome> compileAll(boolean precheck, boolean allowScore) {
        ConditionCompiler compiler = new ConditionCompiler(TYPES, Set.of("fund", "reach"));
        if (precheck) compiler.precheck(TEXTS, allowScore);
        List<Outcome> outcomes = new ArrayList<>();
        for (String text : TEXTS) {
            ConditionCompiler.Outcome compiled = compiler.compile(text, "when", allowScore);
            Optional<CelCondition> c = compiled instanceof ConditionCompiler.Compiled ok
                    ? Optional.of((CelCondition) ok.condition()) : Optional.empty();
            List<ExpressionError> errors = compiled instanceof ConditionCompiler.Refused refused
                    ? refused.errors() : List.of();
            List<Boolean> decisions = new ArrayList<>();
            c.ifPresent(condition -> BINDINGS.forEach(b -> {
                decisions.add(condition.test(b));
                decisions.add(condition.runProgram(b));
            }));
            outcomes.add(new Outcome(c.map(Condition::source), c.map(Condition::readsQuestions), errors, decisions));
        }
        return outcomes;
    }

    @Test
    void precheck_changes_no_outcome() {
        for (boolean allowScore : new boolean[] {false, true}) {
            List<Outcome> alone = compileAll(false, allowScore);
            assertThat(compileAll(true, allowScore)).as("allowScore " + allowScore).isEqualTo(alone);
            assertThat(alone.get(0).source()).isPresent();
            assertThat(alone.get(9).errors()).isNotEmpty();
        }
    }

    @Test
    void the_batch_takes_what_checks_and_leaves_the_rest() {
        ConditionCompiler compiler = new ConditionCompiler(TYPES, Set.of("fund", "reach"));
        compiler.precheck(TEXTS, true);
        assertThat(TEXTS.stream().filter(t -> compiler.isPrechecked(t, true)).distinct().toList())
                .containsExactly("kind == 'software'", "'a' in needs && maintainers >= 3.0 || !legal",
                        "size(needs) >= 2 && answered('notes')", "needs.exists(n, n == 'a')",
                        "score.fund < 40.0 || score['fund'] > 90.0", "score.nope < 40.0", "answered(kind)",
                        "answered('nobody')", "kind == 'a' // a comment", "'''multi\nline''' == notes",
                        "dyn(kind) == 'a'", "[] == needs");
    }

    @Test
    void identical_texts_share_one_condition() {
        ConditionCompiler compiler = new ConditionCompiler(TYPES, Set.of("fund"));
        compiler.precheck(List.of("kind == 'software'", "legal"), false);
        ConditionCompiler.Outcome a = compiler.compile("kind == 'software'", "if", false);
        ConditionCompiler.Outcome b = compiler.compile("kind == 'software'", "if", false);
        assertThat(a).isInstanceOf(ConditionCompiler.Compiled.class);
        assertThat(((ConditionCompiler.Compiled) a).condition()).isSameAs(((ConditionCompiler.Compiled) b).condition());
    }
}
