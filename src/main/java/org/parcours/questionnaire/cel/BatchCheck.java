package org.parcours.questionnaire.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Type-checks many expressions in one run of CEL's checker. The checker builds its whole standard
 * environment (every overload of every standard function) again on each call: with ~300 expressions,
 * that was most of a load, and most of a cold start. Here the distinct texts that parse on their own
 * are checked as the elements of one list literal {@code [\n(e1\n),\n(e2\n)…]}, and each element's
 * checked subtree becomes that expression's AST. Nothing here reports a problem: a text that fails,
 * or does not come out as exactly bool, is simply left to {@link ConditionCompiler#compile}'s one-by-one path, which
 * reports it at the right place (a type error only takes its own expression out of the batch).
 * {@code allowScore} selects the same environment {@link ConditionCompiler#compile} uses.
 */
final class BatchCheck {

    private final Function<Boolean, CelCompiler> singles;
    private final Function<Boolean, CelCompiler> batches;
    /** Checked ASTs by {@link #key}. */
    private final Map<String, CelAbstractSyntaxTree> prechecked = new HashMap<>();

    /** The compilers of one expression and of a batch, for recommendations ({@code true}) or conditions. */
    BatchCheck(Function<Boolean, CelCompiler> singles, Function<Boolean, CelCompiler> batches) {
        this.singles = singles;
        this.batches = batches;
    }

    private static String key(String text, boolean allowScore) {
        return (allowScore ? "r:" : "c:") + text;
    }

    /** The checked AST of a text, if the batch checked it. */
    Optional<CelAbstractSyntaxTree> checked(String text, boolean allowScore) {
        return Optional.ofNullable(prechecked.get(key(text, allowScore)));
    }

    void precheck(Collection<String> texts, boolean allowScore) {
        CelCompiler single = singles.apply(allowScore);
        List<String> batch = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            if (text.isBlank() || prechecked.containsKey(key(text, allowScore))) continue;
            // Parsing alone first keeps the size limit, and makes sure each text is one whole expression
            // (balanced, no open string or comment), so it cannot run into its neighbours in the list.
            if (!single.parse(text).hasError()) batch.add(text);
        }
        // A type error drops the expressions it points into, and the rest are checked again (twice at most).
        for (int attempt = 0; attempt < 3 && !batch.isEmpty(); attempt++) {
            List<String> failed = checkTogether(batch, allowScore);
            if (failed.isEmpty() || failed.size() == batch.size()) return;
            batch.removeAll(failed);
        }
    }

    /** Checks {@code batch} in one run; returns the texts that had errors (all of them when unsure). */
    private List<String> checkTogether(List<String> batch, boolean allowScore) {
        StringBuilder all = new StringBuilder("[");
        int[] firstLine = new int[batch.size()];
        int line = 1;
        for (int i = 0; i < batch.size(); i++) {
            all.append(i == 0 ? "\n(" : ",\n(");
            firstLine[i] = ++line;
            String text = batch.get(i);
            all.append(text).append("\n)");
            line += (int) text.chars().filter(c -> c == '\n').count() + 1;
        }
        all.append("\n]");
        CelValidationResult result = batches.apply(allowScore).compile(all.toString());
        if (result.hasError()) {
            Set<String> failed = new LinkedHashSet<>();
            for (CelIssue issue : result.getErrors()) {
                int at = issue.getSourceLocation().getLine();
                if (at < firstLine[0]) return batch;
                int i = 0;
                while (i + 1 < batch.size() && firstLine[i + 1] <= at) i++;
                failed.add(batch.get(i));
            }
            return List.copyOf(failed);
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            CelExpr root = ast.getExpr();
            if (root.getKind() != CelExpr.ExprKind.Kind.LIST || root.list().elements().size() != batch.size()) {
                return batch;
            }
            for (int i = 0; i < batch.size(); i++) {
                CelExpr element = root.list().elements().get(i);
                if (!SimpleType.BOOL.equals(ast.getType(element.id()).orElse(null))) continue;
                prechecked.put(key(batch.get(i), allowScore), CelAbstractSyntaxTree.newCheckedAst(element,
                        ast.getSource(), ast.getReferenceMap(), ast.getTypeMap()));
            }
            return List.of();
        } catch (CelValidationException | RuntimeException e) {
            return batch; // not expected; the one-by-one path will compile (and report) each expression
        }
    }
}
