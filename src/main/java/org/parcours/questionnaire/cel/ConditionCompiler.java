package org.parcours.questionnaire.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
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
import java.util.LinkedHashMap;
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

    /** Most evaluation steps one expression may cost, in the worst case ({@link CostEstimate}). */
    public static final long MAX_COST = 100_000;

    /** Most evaluation steps all the expressions of a questionnaire may cost together, in the worst case. */
    public static final long MAX_TOTAL_COST = 1_000_000;

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
            .comprehensionMaxIterations(CostEstimate.MAX_ITERATIONS)
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
    private final BatchCheck batch;
    private final ReadChecks readChecks;
    private final CostEstimate costs;
    /** The worst-case cost of every distinct condition made so far. */
    private long totalCost;
    /** One condition per distinct expression text (and kind), shared by every place that writes it. */
    private final Map<String, Condition> compiled = new HashMap<>();

    /**
     * {@code questionTypes} iterates in the order of {@code Questionnaire.questions()}: conditions read a
     * question by its index in that order.
     */
    public ConditionCompiler(Map<String, QuestionType> questionTypes, Set<String> dimensions) {
        this(questionTypes, dimensions, Map.of());
    }

    /** {@code optionCounts}: each multiple question's number of options, so that loops over it are costed right. */
    public ConditionCompiler(Map<String, QuestionType> questionTypes, Set<String> dimensions,
                             Map<String, Integer> optionCounts) {
        this.questionTypes = Collections.unmodifiableMap(new LinkedHashMap<>(questionTypes));
        this.dimensions = Set.copyOf(dimensions);
        Map<String, Integer> numbered = new HashMap<>();
        this.questionTypes.keySet().forEach(id -> numbered.put(id, numbered.size()));
        this.slots = Collections.unmodifiableMap(numbered);
        this.conditionCompiler = compiler(false, true);
        this.recommendationCompiler = compiler(true, true);
        this.readChecks = new ReadChecks(this.questionTypes.keySet(), this.dimensions);
        Map<String, Integer> listSizes = new HashMap<>(optionCounts);
        listSizes.put(CelCondition.SCORE, this.dimensions.size());
        this.costs = new CostEstimate(listSizes);
        this.batch = new BatchCheck(allowScore -> allowScore ? recommendationCompiler : conditionCompiler,
                allowScore -> compiler(allowScore, false));
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

    /** The question ids in the order conditions number them. */
    public List<String> questionOrder() {
        return List.copyOf(questionTypes.keySet());
    }

    /**
     * Type-checks many expressions in one run of CEL's checker ({@link BatchCheck}), so that {@link #compile}
     * finds them checked. It changes no outcome, only the time a load takes.
     */
    public void precheck(Collection<String> texts, boolean allowScore) {
        batch.precheck(texts, allowScore);
    }

    /** Whether {@link #precheck} checked this text (for tests). */
    boolean isPrechecked(String text, boolean allowScore) {
        return batch.checked(text, allowScore).isPresent();
    }

    /** A condition from {@link #precheck}'s ASTs, or empty when the one-by-one path must take over. */
    private Optional<Condition> fromPrechecked(String text, String where, boolean allowScore, String place) {
        String key = key(text, allowScore);
        Condition done = compiled.get(key);
        if (done != null) return Optional.of(done);
        Optional<CelAbstractSyntaxTree> checked = batch.checked(text, allowScore);
        if (checked.isEmpty()) return Optional.empty();
        CelAbstractSyntaxTree ast = checked.get();
        List<ExpressionError> scratch = new ArrayList<>(); // positions in the batch are not the author's
        ReadChecks.Reads reads = readChecks.reads(ast, where, scratch);
        if (!scratch.isEmpty() || costs.of(ast.getExpr()) > MAX_COST) return Optional.empty();
        try {
            Condition condition = condition(text, ast, reads, place);
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
        return compile(text, where, allowScore, "");
    }

    /**
     * {@link #compile(String, String, boolean)}, naming where the expression is written ({@code file:line:col}),
     * so that a run-time failure can say which expression failed. Identical texts share one condition, which
     * names the first place.
     */
    public Outcome compile(String text, String where, boolean allowScore, String place) {
        Optional<Condition> ready = fromPrechecked(text, where, allowScore, place);
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
            ReadChecks.Reads reads = readChecks.reads(ast, where, errors);
            if (!errors.isEmpty()) return new Refused(errors);
            long cost = costs.of(ast.getExpr());
            if (cost > MAX_COST) {
                return new Refused(List.of(ExpressionError.whole(where + ": this expression could take up to " + cost
                        + " evaluation steps (what is inside a loop counts once per item); the limit is " + MAX_COST
                        + ": loop over fewer items, or move work out of the loop")));
            }
            return new Compiled(condition(text, ast, reads, place));
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

    private Condition condition(String text, CelAbstractSyntaxTree ast, ReadChecks.Reads reads, String place)
            throws CelEvaluationException {
        DirectEvaluator direct = DirectEvaluator.of(ast, slots);
        totalCost += costs.of(ast.getExpr());
        // Without a direct evaluator the program is made now, so that a failure shows at load time.
        return new CelCondition(text.strip(), place, ast, direct == null ? program(ast) : null, direct, slots,
                reads.questions(), reads.literals(), reads.answered());
    }

    /** The worst-case cost of all the distinct conditions compiled, to check against {@link #MAX_TOTAL_COST}. */
    public long totalCost() {
        return totalCost;
    }
}
