package org.parcours.questionnaire;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A direct evaluator for the checked expressions questionnaires are made of (comparisons of answers with
 * literals, {@code in}, {@code size}, {@code answered}, {@code score.x}, {@code && || ! ?:}), about a
 * hundred times cheaper than a CEL program run. It follows CEL's semantics exactly, errors included: a
 * value node may yield {@link #ERROR}, which {@code &&} and {@code ||} absorb as CEL does, and an
 * expression that ends in an error does not hold. Anything outside that subset (macros, arithmetic,
 * strings functions, maps…) is not translated, and the expression runs as a CEL program.
 */
final class FastCondition {

    /** A CEL error (for instance, a missing map key) travelling up the tree. */
    static final Object ERROR = new Object() {
        @Override
        public String toString() {
            return "<error>";
        }
    };

    /** One node of the tree; {@code eval} never throws on well-typed bindings. */
    abstract static class Node {
        abstract Object eval(Bindings b);
    }

    private final Node root;

    private FastCondition(Node root) {
        this.root = root;
    }

    /** True only when the expression evaluates to true (false and errors do not hold). */
    boolean test(Bindings bindings) {
        return Boolean.TRUE.equals(root.eval(bindings));
    }

    /** The direct evaluator of a checked AST, or null when the AST leaves the subset. {@code slots} numbers questions. */
    static FastCondition of(CelAbstractSyntaxTree ast, Map<String, Integer> slots) {
        try {
            Node root = new Translator(ast, slots).node(ast.getExpr());
            return root == null ? null : new FastCondition(root);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private enum Kind { BOOL, STRING, DOUBLE, INT, STRING_LIST }

    private record Translator(CelAbstractSyntaxTree ast, Map<String, Integer> slots) {

        Kind kind(CelExpr e) {
            CelType t = ast.getType(e.id()).orElse(null);
            if (SimpleType.BOOL.equals(t)) return Kind.BOOL;
            if (SimpleType.STRING.equals(t)) return Kind.STRING;
            if (SimpleType.DOUBLE.equals(t)) return Kind.DOUBLE;
            if (SimpleType.INT.equals(t)) return Kind.INT;
            if (t instanceof ListType l && SimpleType.STRING.equals(l.elemType())) return Kind.STRING_LIST;
            return null;
        }

        Node node(CelExpr e) {
            if (kind(e) == null) return null;
            return switch (e.getKind()) {
                case CONSTANT -> constant(e.constant());
                case IDENT -> ident(e.ident().name());
                case SELECT -> select(e);
                case CALL -> call(e);
                case LIST -> list(e);
                default -> null;
            };
        }

        Node constant(CelConstant c) {
            return switch (c.getKind()) {
                case BOOLEAN_VALUE -> new Const(c.booleanValue());
                case STRING_VALUE -> new Const(c.stringValue());
                case DOUBLE_VALUE -> new Const(c.doubleValue());
                case INT64_VALUE -> new Const(c.int64Value());
                default -> null;
            };
        }

        Node ident(String name) {
            Integer slot = slots.get(name);
            return slot == null ? null : new Var(slot, name);
        }

        Node select(CelExpr e) {
            CelExpr.CelSelect s = e.select();
            if (s.testOnly() || s.operand().getKind() != CelExpr.ExprKind.Kind.IDENT
                    || !s.operand().ident().name().equals(Condition.SCORE) || slots.containsKey(Condition.SCORE)) {
                return null;
            }
            return new Score(s.field());
        }

        Node list(CelExpr e) {
            List<String> items = new ArrayList<>();
            for (CelExpr item : e.list().elements()) {
                if (item.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                        || item.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                    return null;
                }
                items.add(item.constant().stringValue());
            }
            if (!e.list().optionalIndices().isEmpty()) return null;
            return new Const(List.copyOf(items));
        }

        Node call(CelExpr e) {
            CelExpr.CelCall call = e.call();
            List<CelExpr> args = new ArrayList<>();
            call.target().ifPresent(args::add);
            args.addAll(call.args());
            String function = call.function();
            if (function.equals("answered") && call.target().isEmpty() && args.size() == 1) {
                CelExpr arg = args.getFirst();
                if (arg.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                        || arg.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                    return null;
                }
                Integer slot = slots.get(arg.constant().stringValue());
                return slot == null ? null : new Answered(slot, arg.constant().stringValue());
            }
            List<Node> nodes = new ArrayList<>();
            for (CelExpr arg : args) {
                Node n = node(arg);
                if (n == null) return null;
                nodes.add(n);
            }
            return switch (function) {
                case "_&&_" -> args.size() == 2 && bools(args) ? Logical.and(nodes.get(0), nodes.get(1)) : null;
                case "_||_" -> args.size() == 2 && bools(args) ? Logical.or(nodes.get(0), nodes.get(1)) : null;
                case "!_" -> args.size() == 1 && bools(args) ? new Not(nodes.get(0)) : null;
                case "_?_:_" -> args.size() == 3 && kind(args.get(0)) == Kind.BOOL
                        ? new Conditional(nodes.get(0), nodes.get(1), nodes.get(2)) : null;
                case "_==_", "_!=_" -> args.size() == 2 ? equality(args, nodes, function.equals("_!=_")) : null;
                case "_<_", "_<=_", "_>_", "_>=_" -> args.size() == 2 && numeric(args.get(0))
                        && numeric(args.get(1)) ? new Compare(nodes.get(0), nodes.get(1), function) : null;
                case "@in" -> args.size() == 2 && kind(args.get(0)) == Kind.STRING
                        && kind(args.get(1)) == Kind.STRING_LIST ? new In(nodes.get(0), nodes.get(1)) : null;
                case "size" -> args.size() == 1 && kind(args.get(0)) == Kind.STRING_LIST ? new Size(nodes.get(0)) : null;
                default -> null;
            };
        }

        boolean bools(List<CelExpr> args) {
            return args.stream().allMatch(a -> kind(a) == Kind.BOOL);
        }

        boolean numeric(CelExpr e) {
            Kind k = kind(e);
            return k == Kind.DOUBLE || k == Kind.INT;
        }

        Node equality(List<CelExpr> args, List<Node> nodes, boolean negate) {
            Kind a = kind(args.get(0));
            Kind b = kind(args.get(1));
            if (numeric(args.get(0)) && numeric(args.get(1))) {
                return new NumberEquals(nodes.get(0), nodes.get(1), negate);
            }
            return a == b ? new Equals(nodes.get(0), nodes.get(1), negate) : null;
        }
    }

    private static Boolean bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    private static final class Const extends Node {
        private final Object value;

        Const(Object value) {
            this.value = value;
        }

        @Override
        Object eval(Bindings b) {
            return value;
        }
    }

    private static final class Var extends Node {
        private final int slot;
        private final String id;

        Var(int slot, String id) {
            this.slot = slot;
            this.id = id;
        }

        @Override
        Object eval(Bindings b) {
            return b.value(slot, id);
        }
    }

    private static final class Answered extends Node {
        private final int slot;
        private final String id;

        Answered(int slot, String id) {
            this.slot = slot;
            this.id = id;
        }

        @Override
        Object eval(Bindings b) {
            return bool(b.answered(slot, id));
        }
    }

    /** {@code score.x}: selecting a key the map lacks is an error in CEL. */
    private static final class Score extends Node {
        private final String field;

        Score(String field) {
            this.field = field;
        }

        @Override
        Object eval(Bindings b) {
            Object value = b.scores().get(field);
            return value == null ? ERROR : value;
        }
    }

    /**
     * CEL's {@code &&} and {@code ||}: the deciding value ({@code false} for {@code &&}, {@code true} for
     * {@code ||}) wins over an error, whichever side it is on.
     */
    private static final class Logical extends Node {
        private final Node left;
        private final Node right;
        private final Boolean deciding;

        private Logical(Node left, Node right, boolean deciding) {
            this.left = left;
            this.right = right;
            this.deciding = deciding;
        }

        static Logical and(Node left, Node right) {
            return new Logical(left, right, false);
        }

        static Logical or(Node left, Node right) {
            return new Logical(left, right, true);
        }

        @Override
        Object eval(Bindings b) {
            Object l = left.eval(b);
            if (deciding.equals(l)) return deciding;
            Object r = right.eval(b);
            if (deciding.equals(r)) return deciding;
            return l == ERROR || r == ERROR ? ERROR : !deciding;
        }
    }

    private static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        Object eval(Bindings b) {
            Object v = operand.eval(b);
            return v == ERROR ? ERROR : bool(!(Boolean) v);
        }
    }

    private static final class Conditional extends Node {
        private final Node condition;
        private final Node then;
        private final Node otherwise;

        Conditional(Node condition, Node then, Node otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        Object eval(Bindings b) {
            Object c = condition.eval(b);
            if (c == ERROR) return ERROR;
            return (Boolean) c ? then.eval(b) : otherwise.eval(b);
        }
    }

    /** Equality of two values of the same type (string, bool, list of strings). */
    private static final class Equals extends Node {
        private final Node left;
        private final Node right;
        private final boolean negate;

        Equals(Node left, Node right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        @Override
        Object eval(Bindings b) {
            Object l = left.eval(b);
            if (l == ERROR) return ERROR;
            Object r = right.eval(b);
            if (r == ERROR) return ERROR;
            return bool(l.equals(r) != negate);
        }
    }

    /** Equality across int and double, as CEL's heterogeneous numeric equality. */
    private static final class NumberEquals extends Node {
        private final Node left;
        private final Node right;
        private final boolean negate;

        NumberEquals(Node left, Node right, boolean negate) {
            this.left = left;
            this.right = right;
            this.negate = negate;
        }

        @Override
        Object eval(Bindings b) {
            Object l = left.eval(b);
            if (l == ERROR) return ERROR;
            Object r = right.eval(b);
            if (r == ERROR) return ERROR;
            return bool(numberEquals(l, r) != negate);
        }
    }

    static boolean numberEquals(Object l, Object r) {
        if (l instanceof Long a && r instanceof Long c) return a.longValue() == c.longValue();
        if (l instanceof Double a && r instanceof Double c) return a.doubleValue() == c.doubleValue();
        double d = l instanceof Double a ? a : (Double) r;
        long i = l instanceof Long a ? a : (Long) r;
        return compareDoubleInt(d, i) == 0 && !Double.isNaN(d);
    }

    /** CEL's {@code ComparisonFunctions.compareDoubleInt}. */
    static int compareDoubleInt(double d, long i) {
        if (d < (double) Long.MIN_VALUE) return -1;
        if (d > (double) Long.MAX_VALUE) return 1;
        return Double.compare(d, (double) i);
    }

    private static final class Compare extends Node {
        private final Node left;
        private final Node right;
        private final String operator;

        Compare(Node left, Node right, String operator) {
            this.left = left;
            this.right = right;
            this.operator = operator;
        }

        @Override
        Object eval(Bindings b) {
            Object l = left.eval(b);
            if (l == ERROR) return ERROR;
            Object r = right.eval(b);
            if (r == ERROR) return ERROR;
            return bool(compare(l, r));
        }

        private boolean compare(Object l, Object r) {
            if (l instanceof Double a && r instanceof Double c) {
                double x = a;
                double y = c;
                return switch (operator) {
                    case "_<_" -> x < y;
                    case "_<=_" -> x <= y;
                    case "_>_" -> x > y;
                    default -> x >= y;
                };
            }
            int cmp;
            if (l instanceof Long a && r instanceof Long c) cmp = Long.compare(a, c);
            else if (l instanceof Double a) cmp = compareDoubleInt(a, (Long) r);
            else cmp = -compareDoubleInt((Double) r, (Long) l);
            return switch (operator) {
                case "_<_" -> cmp < 0;
                case "_<=_" -> cmp <= 0;
                case "_>_" -> cmp > 0;
                default -> cmp >= 0;
            };
        }
    }

    private static final class In extends Node {
        private final Node element;
        private final Node list;

        In(Node element, Node list) {
            this.element = element;
            this.list = list;
        }

        @Override
        Object eval(Bindings b) {
            Object e = element.eval(b);
            if (e == ERROR) return ERROR;
            Object l = list.eval(b);
            if (l == ERROR) return ERROR;
            return bool(((List<?>) l).contains(e));
        }
    }

    private static final class Size extends Node {
        private final Node list;

        Size(Node list) {
            this.list = list;
        }

        @Override
        Object eval(Bindings b) {
            Object l = list.eval(b);
            return l == ERROR ? ERROR : (Object) (long) ((List<?>) l).size();
        }
    }
}
