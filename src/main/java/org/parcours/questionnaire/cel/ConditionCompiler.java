package org.parcours.questionnaire.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Suggestions;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.Questionnaire;

/**
 * Compiles a questionnaire's CEL expressions against its questions (contract §6), turning CEL's errors into
 * messages that speak the author's language ("unknown question 'x'"), placed inside the expression: where the
 * expression sits in a file is the caller's business.
 */
public final class ConditionCompiler {

    /** Longest expression accepted, in characters: a guard against hostile files. */
    public static final int MAX_EXPRESSION_CHARS = 4000;

    /** What compiling one expression gives: a condition, or every error found in it. */
    public sealed interface Outcome {
    }

    public record Compiled(Condition condition) implements Outcome {
    }

    public record Refused(List<ExpressionError> errors) implements Outcome {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .maxExpressionCodePointSize(MAX_EXPRESSION_CHARS)
            .comprehensionMaxIterations(10_000)
            .build();
    /** The same options without the size limit: for {@link #precheck}, whose one text holds many expressions. */
    private static final CelOptions BATCH_OPTIONS = OPTIONS.toBuilder()
            .maxExpressionCodePointSize(Integer.MAX_VALUE)
            .build();
    /**
     * CEL's runtime, built on first use only: building it loads the runtime and protobuf's descriptors of
     * the well-known types, a large share of a cold start, and a questionnaire whose conditions all run
     * directly ({@link DirectEvaluator}) never needs it.
     */
    private static final class Runtime {
        static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();
    }

    /** The CEL program of a checked AST. */
    static CelRuntime.Program program(CelAbstractSyntaxTree ast) throws CelEvaluationException {
        return Runtime.RUNTIME.createProgram(ast);
    }
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");

    private final Map<String, QuestionType> questionTypes;
    private final Set<String> dimensions;
    /** Each question's index in {@code questionOrder}, the numbering {@link Bindings} reads by. */
    private final Map<String, Integer> slots;
    private final CelCompiler conditionCompiler;
    private final CelCompiler recommendationCompiler;
    /** Checked ASTs from {@link #precheck}, by {@link #key}. */
    private final Map<String, CelAbstractSyntaxTree> prechecked = new HashMap<>();
    /** One condition per distinct expression text (and kind), shared by every place that writes it. */
    private final Map<String, Condition> compiled = new HashMap<>();

    /**
     * {@code questionTypes} iterates in the order of {@code Questionnaire.questions()}: conditions read a
     * question by its index in that order.
     */
    public ConditionCompiler(Map<String, QuestionType> questionTypes, Set<String> dimensions) {
        this.questionTypes = Collections.unmodifiableMap(new LinkedHashMap<>(questionTypes));
        this.dimensions = Set.copyOf(dimensions);
        Map<String, Integer> numbered = new HashMap<>();
        this.questionTypes.keySet().forEach(id -> numbered.put(id, numbered.size()));
        this.slots = Collections.unmodifiableMap(numbered);
        this.conditionCompiler = compiler(false, true);
        this.recommendationCompiler = compiler(true, true);
    }

    private CelCompiler compiler(boolean withScore, boolean single) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(single ? OPTIONS : BATCH_OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
        if (single) builder.setResultType(SimpleType.BOOL);
        builder.addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration("answered",
                        CelOverloadDecl.newGlobalOverload(CelCondition.ANSWERED_OVERLOAD, SimpleType.BOOL,
                                SimpleType.STRING)));
        questionTypes.forEach((id, type) -> builder.addVar(id, celType(type)));
        if (withScore) builder.addVar(CelCondition.SCORE, MapType.create(SimpleType.STRING, SimpleType.DOUBLE));
        return builder.build();
    }

    static CelType celType(QuestionType type) {
        return switch (type) {
            case SINGLE, TEXT -> SimpleType.STRING;
            case MULTIPLE -> ListType.create(SimpleType.STRING);
            case SCALE, NUMBER -> SimpleType.DOUBLE;
            case BOOLEAN -> SimpleType.BOOL;
        };
    }

    private static String key(String text, boolean allowScore) {
        return (allowScore ? "r:" : "c:") + text;
    }

    /**
     * Type-checks many expressions in one run of CEL's checker. The checker builds its whole standard
     * environment (every overload of every standard function) again on each call: with ~300 expressions,
     * that was most of a load, and most of a cold start. Here the distinct texts that parse on their own
     * are checked as the elements of one list literal {@code [\n(e1\n),\n(e2\n)…]}, and each element's
     * checked subtree becomes that expression's AST. Nothing here reports a problem: a text that fails,
     * or does not come out as exactly bool, is simply left to {@link #compile}'s one-by-one path, which
     * reports it at the right place (a type error only takes its own expression out of the batch).
     * {@code allowScore} selects the same environment {@code compile} uses.
     */
    /** The question ids in the order conditions number them. */
    public List<String> questionOrder() {
        return List.copyOf(questionTypes.keySet());
    }

    public void precheck(Collection<String> texts, boolean allowScore) {
        CelCompiler single = allowScore ? recommendationCompiler : conditionCompiler;
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
        CelValidationResult result = compiler(allowScore, false).compile(all.toString());
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

    /** Whether {@link #precheck} checked this text (for tests). */
    boolean isPrechecked(String text, boolean allowScore) {
        return prechecked.containsKey(key(text, allowScore));
    }

    /** A condition from {@link #precheck}'s ASTs, or empty when the one-by-one path must take over. */
    private Optional<Condition> fromPrechecked(String text, String where, boolean allowScore) {
        String key = key(text, allowScore);
        Condition done = compiled.get(key);
        if (done != null) return Optional.of(done);
        CelAbstractSyntaxTree ast = prechecked.get(key);
        if (ast == null) return Optional.empty();
        List<ExpressionError> scratch = new ArrayList<>(); // positions in the batch are not the author's
        Reads reads = reads(ast, where, scratch);
        if (!scratch.isEmpty()) return Optional.empty();
        try {
            Condition condition = condition(text, ast, reads);
            compiled.put(key, condition);
            return Optional.of(condition);
        } catch (CelEvaluationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Compiles one expression. {@code where} names the key for messages ("visible_if"); a visibility
     * condition may not read {@code score}.
     */
    public Outcome compile(String text, String where, boolean allowScore) {
        Optional<Condition> ready = fromPrechecked(text, where, allowScore);
        if (ready.isPresent()) return new Compiled(ready.get());
        CelValidationResult result = (allowScore ? recommendationCompiler : conditionCompiler).compile(text);
        List<ExpressionError> errors = new ArrayList<>();
        if (result.hasError()) {
            for (CelIssue issue : result.getErrors()) {
                errors.add(new ExpressionError(issue.getSourceLocation().getLine(),
                        issue.getSourceLocation().getColumn(), where + ": " + explain(issue.getMessage(), allowScore)));
            }
            return new Refused(errors);
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            Reads reads = reads(ast, where, errors);
            return errors.isEmpty() ? new Compiled(condition(text, ast, reads)) : new Refused(errors);
        } catch (CelValidationException | CelEvaluationException e) {
            return new Refused(List.of(ExpressionError.whole(where + ": " + e.getMessage())));
        }
    }

    private String explain(String celMessage, boolean allowScore) {
        Matcher m = UNDECLARED.matcher(celMessage);
        if (m.find()) {
            String name = m.group(1);
            if (name.equals(CelCondition.SCORE) && !allowScore) {
                return "'score' cannot be used here: scores are known only after every answer, so only "
                        + "recommendations (when, requires, fit) may read them";
            }
            return "unknown question '" + name + "'" + Suggestions.didYouMean(name, questionTypes.keySet());
        }
        if (celMessage.contains("expected type 'bool'")) {
            return "the expression must be true or false (" + celMessage + ")";
        }
        return celMessage;
    }

    private Condition condition(String text, CelAbstractSyntaxTree ast, Reads reads) throws CelEvaluationException {
        DirectEvaluator direct = DirectEvaluator.of(ast, slots);
        // Without a direct evaluator the program is made now, so that a failure shows at load time.
        return new CelCondition(text.strip(), ast, direct == null ? program(ast) : null, direct, slots,
                reads.questions, reads.literals, reads.answered);
    }

    private record Reads(Set<String> questions, Set<String> literals, boolean answered) {
    }

    /** What the checked AST reads, and the checks that CEL's type checker cannot make. */
    private Reads reads(CelAbstractSyntaxTree ast, String where, List<ExpressionError> errors) {
        Set<String> questions = new HashSet<>();
        Set<String> literals = new HashSet<>();
        boolean[] answered = new boolean[1];
        CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(node -> {
            CelExpr expr = node.expr();
            switch (expr.getKind()) {
                case IDENT -> {
                    String name = expr.ident().name();
                    if (questionTypes.containsKey(name)) questions.add(name);
                }
                case SELECT -> checkScoreField(ast, expr, where, errors);
                case CONSTANT -> {
                    if (expr.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
                        literals.add(expr.constant().stringValue());
                    }
                }
                case CALL -> {
                    if (expr.call().function().equals("answered")) {
                        answered[0] = true;
                        answeredArgument(ast, node, where, errors).ifPresent(questions::add);
                    }
                }
                default -> { }
            }
        });
        return new Reads(questions, literals, answered[0]);
    }

    private void checkScoreField(CelAbstractSyntaxTree ast, CelExpr expr, String where, List<ExpressionError> errors) {
        CelExpr operand = expr.select().operand();
        String field = expr.select().field();
        if (operand.getKind() == CelExpr.ExprKind.Kind.IDENT && operand.ident().name().equals(CelCondition.SCORE)
                && !dimensions.contains(field)) {
            errors.add(at(ast, expr.id(), where + ": unknown dimension '" + field + "' in score."
                    + field + Suggestions.didYouMean(field, dimensions)));
        }
    }

    private Optional<String> answeredArgument(CelAbstractSyntaxTree ast, CelNavigableExpr node, String where,
                                              List<ExpressionError> errors) {
        List<CelExpr> args = node.expr().call().args();
        CelExpr arg = args.getFirst();
        if (arg.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || arg.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            errors.add(at(ast, arg.id(),
                    where + ": answered() takes a question id in quotes, e.g. answered('maintainers')"));
            return Optional.empty();
        }
        String id = arg.constant().stringValue();
        if (!questionTypes.containsKey(id)) {
            errors.add(at(ast, arg.id(), where + ": unknown question '" + id + "' in answered()"
                    + Suggestions.didYouMean(id, questionTypes.keySet())));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** An error at the place of node {@code exprId} in the expression, or on the whole expression. */
    private static ExpressionError at(CelAbstractSyntaxTree ast, long exprId, String message) {
        Integer offset = ast.getSource().getPositionsMap().get(exprId);
        if (offset == null) return ExpressionError.whole(message);
        return ast.getSource().getOffsetLocation(offset)
                .map(l -> new ExpressionError(l.getLine(), l.getColumn(), message))
                .orElse(ExpressionError.whole(message));
    }
}
