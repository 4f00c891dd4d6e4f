package org.parcours.questionnaire.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.QuestionType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An expression that outgrows CEL's loop budget is an error that names the expression and where it is written,
 * not a silent false; its cost is measured for the authors' tools.
 */
@ExtendWith(OutputCaptureExtension.class)
class BudgetTest {

    private static final Bindings NOTHING = new Bindings() {
        @Override
        public Object value(int index) {
            return "";
        }

        @Override
        public boolean answered(int index) {
            return false;
        }

        @Override
        public Map<String, Double> scores() {
            return Map.of();
        }
    };

    private static CelCondition compile(String text) {
        ConditionCompiler compiler = new ConditionCompiler(Map.of("kind", QuestionType.SINGLE), Set.of());
        ConditionCompiler.Outcome outcome = compiler.compile(text, "when", true, "q.yaml:3:7");
        assertThat(outcome).isInstanceOf(ConditionCompiler.Compiled.class);
        return (CelCondition) ((ConditionCompiler.Compiled) outcome).condition();
    }

    @Test
    void a_run_past_the_loop_budget_is_logged_with_the_expressions_place_and_counts_as_false(CapturedOutput log) {
        // 60 × 200 loop iterations: more than CEL's 10,000, though cheap enough for the estimate at load.
        String text = "[" + "1,".repeat(59) + "1].exists(a, [" + "2,".repeat(199) + "2].exists(b, a == b))";
        CelCondition condition = compile(text);

        assertThat(condition.test(NOTHING)).isFalse();
        assertThat(condition.steps(NOTHING)).isEqualTo(Long.MAX_VALUE);
        assertThat(log.getAll()).contains("condition q.yaml:3:7").contains("Iteration budget exceeded");
    }

    @Test
    void a_cheap_expression_costs_its_steps_and_a_direct_one_its_nodes() {
        assertThat(compile("[1, 2, 3].exists(a, a == 2)").steps(NOTHING)).isBetween(5L, 60L);
        assertThat(compile("kind == 'a' || kind == 'b'").steps(NOTHING)).isEqualTo(7);
        assertThat(compile("kind == 'a' || kind == 'b'").test(NOTHING)).isFalse();
    }
}
