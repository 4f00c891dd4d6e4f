package org.parcours.questionnaire;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelLateFunctionBindings;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled, type-checked CEL expression returning bool. Compiled once when the questionnaire loads;
 * the engine only runs it. The CEL types stay behind this class so that nothing else depends on CEL.
 */
public final class Condition {

    static final String ANSWERED_OVERLOAD = "answered_string";
    static final String SCORE = "score";

    private final String source;
    private final CelAbstractSyntaxTree ast;
    /** Made when the condition is compiled if it has no direct evaluator, else on first use (tests). */
    private volatile CelRuntime.Program program;
    private final Set<String> readsQuestions;
    private final boolean readsScore;
    private final boolean callsAnswered;
    private final FastCondition fast;
    private final Map<String, Integer> slots;

    /**
     * {@code fast} (may be null) evaluates {@code ast} directly; {@code program} (null when {@code fast} is
     * given: made on demand) runs it in CEL; {@code slots} numbers the questions.
     */
    Condition(String source, CelAbstractSyntaxTree ast, CelRuntime.Program program, FastCondition fast,
              Map<String, Integer> slots,
              Set<String> readsQuestions, boolean readsScore, boolean callsAnswered) {
        this.source = source;
        this.ast = ast;
        this.program = program;
        this.fast = fast;
        this.slots = slots;
        this.readsQuestions = Set.copyOf(readsQuestions);
        this.readsScore = readsScore;
        this.callsAnswered = callsAnswered;
    }

    /** The expression as the author wrote it. */
    public String source() {
        return source;
    }

    /** The question ids the expression reads (identifiers and answered('…') arguments, from the checked AST). */
    public Set<String> readsQuestions() {
        return readsQuestions;
    }

    public boolean readsScore() {
        return readsScore;
    }

    /**
     * Runs the expression. A run-time error (say, an index out of range in a list) counts as false: an
     * evaluation must never fail on a well-typed answer set, and a condition that cannot be decided does not hold.
     */
    public boolean test(Bindings bindings) {
        try {
            return fast != null ? fast.test(bindings) : runProgram(bindings);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs the CEL program itself, even when a direct evaluator exists (tests compare the two). */
    boolean runProgram(Bindings bindings) {
        CelVariableResolver variables = name -> {
            if (SCORE.equals(name)) return Optional.of(bindings.scores());
            Integer slot = slots.get(name);
            return slot == null ? Optional.empty() : Optional.of(bindings.value(slot, name));
        };
        try {
            CelRuntime.Program program = program();
            Object result = callsAnswered
                    ? program.eval(variables, CelLateFunctionBindings.from(
                            CelFunctionBinding.from(ANSWERED_OVERLOAD, String.class, id -> {
                                Integer slot = slots.get(id);
                                return slot != null && bindings.answered(slot, id);
                            })))
                    : program.eval(variables);
            return Boolean.TRUE.equals(result);
        } catch (CelEvaluationException | RuntimeException e) {
            return false;
        }
    }

    private CelRuntime.Program program() throws CelEvaluationException {
        CelRuntime.Program p = program;
        if (p == null) {
            p = Expressions.program(ast);
            program = p;
        }
        return p;
    }

    /** Whether a direct evaluator runs this condition instead of the CEL program. */
    boolean isDirect() {
        return fast != null;
    }

    /** The question numbering this condition was compiled with: index in the questionnaire by id. */
    Map<String, Integer> slots() {
        return slots;
    }

    @Override
    public String toString() {
        return source;
    }
}
