package org.parcours.questionnaire.yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.cel.ConditionCompiler;
import org.parcours.questionnaire.cel.ExpressionError;

/** Compiles the expressions of YAML scalars, reporting each error at its {@code file:line:column}. */
final class ExpressionReader {

    private final ConditionCompiler compiler;
    private final Map<String, String> sources;
    private final Problems problems;

    /** {@code sources} maps file name → text, to place errors inside quoted and block scalars. */
    ExpressionReader(ConditionCompiler compiler, Map<String, String> sources, Problems problems) {
        this.compiler = compiler;
        this.sources = sources;
        this.problems = problems;
    }

    ConditionCompiler compiler() {
        return compiler;
    }

    /** The expression of a YAML value, which must be a scalar (a text in quotes). */
    Optional<Condition> compile(YNode node, String where, boolean allowScore) {
        if (node instanceof YNode.YScalar s) return compile(s, where, allowScore);
        problems.add(node.loc(), where + " must be a CEL expression in quotes");
        return Optional.empty();
    }

    /** {@code where} names the key for messages ("visible_if"); only recommendations may read scores. */
    Optional<Condition> compile(YNode.YScalar scalar, String where, boolean allowScore) {
        if (!(scalar.value() instanceof String text) || text.isBlank()) {
            problems.add(scalar.loc(), where + " must be a CEL expression in quotes, e.g. \"resource_type == 'software'\"");
            return Optional.empty();
        }
        YNode.Loc at = scalar.loc();
        return switch (compiler.compile(text, where, allowScore, at.file() + ":" + at.line() + ":" + at.column())) {
            case ConditionCompiler.Compiled c -> Optional.of(c.condition());
            case ConditionCompiler.Refused r -> {
                report(scalar, r.errors());
                yield Optional.empty();
            }
        };
    }

    private void report(YNode.YScalar scalar, List<ExpressionError> errors) {
        errors.forEach(e -> problems.add(locate(scalar, e.line(), e.column()), e.message()));
    }

    /**
     * Maps a place inside the expression (line from 1, column from 0) to the YAML file: after the opening quote
     * of a quoted scalar, or on the lines below a block scalar ({@code |} or {@code >}).
     */
    YNode.Loc locate(YNode.YScalar scalar, int line, int column) {
        YNode.Loc loc = scalar.loc();
        if (line < 1) return loc;
        List<String> lines = sources.getOrDefault(loc.file(), "").lines().toList();
        String first = loc.line() - 1 < lines.size() ? lines.get(loc.line() - 1) : "";
        char opening = loc.column() - 1 < first.length() ? first.charAt(loc.column() - 1) : ' ';
        if (opening == '|' || opening == '>') {
            int target = loc.line() + line;
            String content = target - 1 < lines.size() ? lines.get(target - 1) : "";
            int indent = content.length() - content.stripLeading().length();
            return new YNode.Loc(loc.file(), target, indent + column + 1);
        }
        int shift = opening == '"' || opening == '\'' ? 1 : 0;
        if (line == 1) return new YNode.Loc(loc.file(), loc.line(), loc.column() + shift + column);
        return new YNode.Loc(loc.file(), loc.line() + line - 1, column + 1);
    }
}
