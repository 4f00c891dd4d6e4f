package org.parcours.questionnaire.cel;

import dev.cel.common.ast.CelExpr;
import java.util.Map;

/**
 * The most work an expression can ask for, in evaluation steps (one per node evaluated), read from its tree before
 * it ever runs. CEL stops a run after {@link #MAX_ITERATIONS} loop iterations, but within that limit a long
 * expression inside a loop can still cost a page seconds: each node inside a comprehension counts once per
 * iteration of every comprehension around it. A list's length is its literal length, a multiple question's
 * number of options, or, when it cannot be known, the iteration limit.
 */
final class CostEstimate {

    /** CEL's limit on the loop iterations of one evaluation (set in the compiler's and the runtime's options). */
    static final int MAX_ITERATIONS = 10_000;

    private final Map<String, Integer> listSizes;

    /** {@code listSizes}: the most items each list-valued question can hold (its options), by question id. */
    CostEstimate(Map<String, Integer> listSizes) {
        this.listSizes = listSizes;
    }

    long of(CelExpr root) {
        return cost(root, 1);
    }

    /** The steps of {@code e} when it is evaluated {@code times} times. */
    private long cost(CelExpr e, long times) {
        return switch (e.getKind()) {
            case COMPREHENSION -> {
                CelExpr.CelComprehension c = e.comprehension();
                long inner = Math.min(times * size(c.iterRange()), MAX_ITERATIONS);
                yield times + cost(c.iterRange(), times) + cost(c.accuInit(), times)
                        + cost(c.loopCondition(), inner) + cost(c.loopStep(), inner) + cost(c.result(), times);
            }
            case CALL -> {
                long sum = times;
                if (e.call().target().isPresent()) sum += cost(e.call().target().get(), times);
                for (CelExpr arg : e.call().args()) sum += cost(arg, times);
                yield sum;
            }
            case LIST -> {
                long sum = times;
                for (CelExpr item : e.list().elements()) sum += cost(item, times);
                yield sum;
            }
            case SELECT -> times + cost(e.select().operand(), times);
            case MAP -> {
                long sum = times;
                for (var entry : e.map().entries()) sum += cost(entry.key(), times) + cost(entry.value(), times);
                yield sum;
            }
            case STRUCT -> {
                long sum = times;
                for (var field : e.struct().entries()) sum += cost(field.value(), times);
                yield sum;
            }
            default -> times;
        };
    }

    /** The most items a list-valued expression can hold. */
    private long size(CelExpr e) {
        return switch (e.getKind()) {
            case LIST -> e.list().elements().size();
            case IDENT -> listSizes.getOrDefault(e.ident().name(), MAX_ITERATIONS);
            case MAP -> e.map().entries().size();
            case COMPREHENSION -> size(e.comprehension().iterRange()); // map and filter keep at most their range
            case CALL -> e.call().function().equals("_+_") && e.call().args().size() == 2
                    ? Math.min(size(e.call().args().get(0)) + size(e.call().args().get(1)), MAX_ITERATIONS)
                    : MAX_ITERATIONS;
            default -> MAX_ITERATIONS;
        };
    }
}
