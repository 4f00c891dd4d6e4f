package org.parcours.questionnaire.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Suggestions;

/**
 * What a checked expression reads (its questions, its string literals, whether it calls {@code answered}), and the checks CEL's type
 * checker cannot make: {@code score.x} names a dimension, {@code answered('id')} a question, in quotes.
 */
final class ReadChecks {

    private final Set<String> questionIds;
    private final Set<String> dimensions;

    ReadChecks(Set<String> questionIds, Set<String> dimensions) {
        this.questionIds = questionIds;
        this.dimensions = dimensions;
    }

    record Reads(Set<String> questions, Set<String> literals, boolean answered) {
    }

    /** What the checked AST reads, and the checks that CEL's type checker cannot make. */
    Reads reads(CelAbstractSyntaxTree ast, String where, List<ExpressionError> errors) {
        Set<String> questions = new HashSet<>();
        Set<String> literals = new HashSet<>();
        boolean[] answered = new boolean[1];
        CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(node -> {
            CelExpr expr = node.expr();
            switch (expr.getKind()) {
                case IDENT -> {
                    String name = expr.ident().name();
                    if (questionIds.contains(name)) questions.add(name);
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
        if (!questionIds.contains(id)) {
            errors.add(at(ast, arg.id(), where + ": unknown question '" + id + "' in answered()"
                    + Suggestions.didYouMean(id, questionIds)));
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
