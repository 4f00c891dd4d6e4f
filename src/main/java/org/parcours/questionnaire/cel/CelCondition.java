package org.parcours.questionnaire.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelLateFunctionBindings;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checked CEL expression returning bool: run by its {@link DirectEvaluator} when it has one, else by a CEL
 * program. The CEL types stay in this package, so that nothing else depends on CEL.
 */
final class CelCondition implements Condition {

    static final String ANSWERED_OVERLOAD = "answered_string";
    static final String SCORE = "score";

    private static final Logger LOG = LoggerFactory.getLogger(CelCondition.class);

    private final String source;
    private final CelAbstractSyntaxTree ast;
    /** Made when the condition is compiled if it has no direct evaluator, else on first use (tests). */
    private volatile CelRuntime.Program program;
    private final Set<String> readsQuestions;
    private final Set<String> stringLiterals;
    private final boolean callsAnswered;
    private final DirectEvaluator direct;
    private final Map<String, Integer> slots;
    /** A bug is logged once per condition, not once per evaluation. */
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    /**
     * {@code direct} (may be null) evaluates {@code ast} directly; {@code program} (null when {@code direct} is
     * given: made on demand) runs it in CEL; {@code slots} numbers the questions.
     */
    CelCondition(String source, CelAbstractSyntaxTree ast, CelRuntime.Program program, DirectEvaluator direct,
                 Map<String, Integer> slots, Set<String> readsQuestions, Set<String> stringLiterals,
                 boolean callsAnswered) {
        this.source = source;
        this.ast = ast;
        this.program = program;
        this.direct = direct;
        this.slots = slots;
        this.readsQuestions = Set.copyOf(readsQuestions);
        this.stringLiterals = Set.copyOf(stringLiterals);
        this.callsAnswered = callsAnswered;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Set<String> readsQuestions() {
        return readsQuestions;
    }

    @Override
    public Set<String> stringLiterals() {
        return stringLiterals;
    }

    /**
     * A CEL evaluation error (a missing map key, an index out of range) means the condition does not hold, as
     * CEL says. Any other exception is a bug in this package: it is logged, and the condition does not hold
     * either, so that one faulty expression cannot take a team's page down.
     */
    @Override
    public boolean test(Bindings bindings) {
        try {
            return direct != null ? direct.test(bindings) : runProgram(bindings);
        } catch (RuntimeException e) {
            if (failureLogged.compareAndSet(false, true)) {
                LOG.warn("condition \"{}\" failed unexpectedly and counts as false", source, e);
            }
            return false;
        }
    }

    /**
     * Runs the CEL program itself, even when a direct evaluator exists (tests compare the two). A CEL
     * evaluation error counts as false.
     */
    boolean runProgram(Bindings bindings) {
        CelVariableResolver variables = name -> {
            if (SCORE.equals(name)) return Optional.of(bindings.scores());
            Integer slot = slots.get(name);
            return slot == null ? Optional.empty() : Optional.of(bindings.value(slot));
        };
        try {
            CelRuntime.Program p = program();
            Object result = callsAnswered
                    ? p.eval(variables, CelLateFunctionBindings.from(
                            CelFunctionBinding.from(ANSWERED_OVERLOAD, String.class, id -> {
                                Integer slot = slots.get(id);
                                return slot != null && bindings.answered(slot);
                            })))
                    : p.eval(variables);
            return Boolean.TRUE.equals(result);
        } catch (CelEvaluationException e) {
            return false;
        }
    }

    private CelRuntime.Program program() throws CelEvaluationException {
        CelRuntime.Program p = program;
        if (p == null) {
            p = ConditionCompiler.program(ast);
            program = p;
        }
        return p;
    }

    /** Whether a direct evaluator runs this condition instead of the CEL program. */
    boolean isDirect() {
        return direct != null;
    }

    @Override
    public String toString() {
        return source;
    }
}
