package org.parcours.questionnaire.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelErrorCode;
import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelEvaluationListener;
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

    /** A run stops after this many evaluation steps: twice the most {@link CostEstimate} lets through. */
    static final long MAX_STEPS = 2 * ConditionCompiler.MAX_COST;
    /** …or after this long, whatever the steps cost. */
    static final long DEADLINE_NANOS = 250_000_000L;

    private final String source;
    private final String place;
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
    CelCondition(String source, String place, CelAbstractSyntaxTree ast, CelRuntime.Program program,
                 DirectEvaluator direct, Map<String, Integer> slots, Set<String> readsQuestions,
                 Set<String> stringLiterals, boolean callsAnswered) {
        this.source = source;
        this.place = place;
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
    public String place() {
        return place;
    }

    @Override
    public Set<String> stringLiterals() {
        return stringLiterals;
    }

    /**
     * A CEL evaluation error on the answers (a missing map key, an index out of range) means the condition does
     * not hold, as CEL says. A run that outgrows its budget (CEL's loop iterations, or this class's steps and
     * deadline) is the author's error: it is logged once, naming the expression and its place, and the condition
     * does not hold. Any other exception is a bug in this package: logged too, so that one faulty expression
     * cannot take a team's page down.
     */
    @Override
    public boolean test(Bindings bindings) {
        try {
            return direct != null ? direct.test(bindings) : runProgram(bindings);
        } catch (OverBudget e) {
            logOnce("condition {} \"{}\" stopped: {}; it counts as false until it is made cheaper", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            if (failureLogged.compareAndSet(false, true)) {
                LOG.warn("condition {} \"{}\" failed unexpectedly and counts as false", place, shortSource(), e);
            }
            return false;
        }
    }

    @Override
    public long steps(Bindings bindings) {
        if (direct != null) return direct.size();
        Budget budget = new Budget();
        try {
            run(bindings, budget);
            return budget.steps;
        } catch (OverBudget e) {
            return Long.MAX_VALUE;
        }
    }

    private void logOnce(String message, String why) {
        if (failureLogged.compareAndSet(false, true)) LOG.warn(message, place, shortSource(), why);
    }

    private String shortSource() {
        return source.length() > 200 ? source.substring(0, 200) + "…" : source;
    }

    /** A run stopped for outgrowing its budget. */
    static final class OverBudget extends RuntimeException {
        OverBudget(String why) {
            super(why, null, false, false);
        }
    }

    /** Counts the nodes a run evaluates, and stops it past {@link #MAX_STEPS} or {@link #DEADLINE_NANOS}. */
    private static final class Budget implements CelEvaluationListener {
        private final long start = System.nanoTime();
        private long steps;

        @Override
        public void callback(CelExpr expr, Object result) {
            if (++steps > MAX_STEPS) throw new OverBudget("more than " + MAX_STEPS + " evaluation steps");
            if ((steps & 1023) == 0 && System.nanoTime() - start > DEADLINE_NANOS) {
                throw new OverBudget("longer than " + DEADLINE_NANOS / 1_000_000 + " ms");
            }
        }
    }

    /**
     * Runs the CEL program itself, even when a direct evaluator exists (tests compare the two). A CEL
     * evaluation error counts as false.
     */
    boolean runProgram(Bindings bindings) {
        return run(bindings, new Budget());
    }

    private boolean run(Bindings bindings, Budget budget) {
        CelVariableResolver variables = name -> {
            if (SCORE.equals(name)) return Optional.of(bindings.scores());
            Integer slot = slots.get(name);
            return slot == null ? Optional.empty() : Optional.of(bindings.value(slot));
        };
        try {
            CelRuntime.Program p = program();
            Object result = callsAnswered
                    ? p.trace(variables, CelLateFunctionBindings.from(
                            CelFunctionBinding.from(ANSWERED_OVERLOAD, String.class, id -> {
                                Integer slot = slots.get(id);
                                return slot != null && bindings.answered(slot);
                            })), budget)
                    : p.trace(variables, budget);
            return Boolean.TRUE.equals(result);
        } catch (CelEvaluationException e) {
            if (e.getCause() instanceof OverBudget over) throw over;
            if (e.getErrorCode() == CelErrorCode.ITERATION_BUDGET_EXCEEDED) throw new OverBudget(e.getMessage());
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
