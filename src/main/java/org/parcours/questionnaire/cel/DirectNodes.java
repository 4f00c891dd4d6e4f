package org.parcours.questionnaire.cel;

import java.util.List;
import java.util.function.BiPredicate;
import org.parcours.questionnaire.Bindings;

/**
 * The nodes {@link DirectEvaluator} builds from a checked CEL tree, each following CEL's semantics for its
 * operator, errors included ({@link #ERROR} travels up and is absorbed as CEL absorbs it).
 */
final class DirectNodes {

    /** A CEL error (for instance, a missing map key) travelling up the tree. */
    static final Object ERROR = new Object() {
        @Override
        public String toString() {
            return "<error>";
        }
    };

    private DirectNodes() {
    }

    /** One node of the tree; {@code eval} never throws on well-typed bindings. */
    sealed interface Node {
        Object eval(Bindings b);
    }

    static Boolean bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    record Const(Object value) implements Node {
        @Override
        public Object eval(Bindings b) {
            return value;
        }
    }

    record Var(int slot) implements Node {
        @Override
        public Object eval(Bindings b) {
            return b.value(slot);
        }
    }

    record Answered(int slot) implements Node {
        @Override
        public Object eval(Bindings b) {
            return bool(b.answered(slot));
        }
    }

    /** {@code score.x}: selecting a key the map lacks is an error in CEL. */
    record Score(String field) implements Node {
        @Override
        public Object eval(Bindings b) {
            Object value = b.scores().get(field);
            return value == null ? ERROR : value;
        }
    }

    /**
     * CEL's {@code &&} and {@code ||}: the deciding value ({@code false} for {@code &&}, {@code true} for
     * {@code ||}) wins over an error, whichever side it is on.
     */
    record Logical(Node left, Node right, Boolean deciding) implements Node {
        static Logical and(Node left, Node right) {
            return new Logical(left, right, Boolean.FALSE);
        }

        static Logical or(Node left, Node right) {
            return new Logical(left, right, Boolean.TRUE);
        }

        @Override
        public Object eval(Bindings b) {
            Object l = left.eval(b);
            if (deciding.equals(l)) return deciding;
            Object r = right.eval(b);
            if (deciding.equals(r)) return deciding;
            return l == ERROR || r == ERROR ? ERROR : bool(!deciding);
        }
    }

    record Not(Node operand) implements Node {
        @Override
        public Object eval(Bindings b) {
            Object v = operand.eval(b);
            return v == ERROR ? ERROR : bool(!(Boolean) v);
        }
    }

    record Conditional(Node condition, Node then, Node otherwise) implements Node {
        @Override
        public Object eval(Bindings b) {
            Object c = condition.eval(b);
            if (c == ERROR) return ERROR;
            return (Boolean) c ? then.eval(b) : otherwise.eval(b);
        }
    }

    /**
     * Equality, or inequality when {@code negate}: of two values of the same type (string, bool, list of strings),
     * or across int and double as CEL's heterogeneous numeric equality.
     */
    record Equals(Node left, Node right, boolean negate, BiPredicate<Object, Object> same) implements Node {
        static Equals values(Node left, Node right, boolean negate) {
            return new Equals(left, right, negate, Object::equals);
        }

        static Equals numbers(Node left, Node right, boolean negate) {
            return new Equals(left, right, negate, DirectNodes::numberEquals);
        }

        @Override
        public Object eval(Bindings b) {
            Object l = left.eval(b);
            if (l == ERROR) return ERROR;
            Object r = right.eval(b);
            if (r == ERROR) return ERROR;
            return bool(same.test(l, r) != negate);
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

    /** An ordering operator, resolved once from CEL's function name. */
    enum Order {
        LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL;

        static Order of(String celFunction) {
            return switch (celFunction) {
                case "_<_" -> LESS;
                case "_<=_" -> LESS_OR_EQUAL;
                case "_>_" -> GREATER;
                case "_>=_" -> GREATER_OR_EQUAL;
                default -> throw new IllegalArgumentException(celFunction);
            };
        }

        /** Compares doubles directly, so that NaN compares false every way, as in CEL. */
        boolean holds(double x, double y) {
            return switch (this) {
                case LESS -> x < y;
                case LESS_OR_EQUAL -> x <= y;
                case GREATER -> x > y;
                case GREATER_OR_EQUAL -> x >= y;
            };
        }

        boolean holds(int comparison) {
            return switch (this) {
                case LESS -> comparison < 0;
                case LESS_OR_EQUAL -> comparison <= 0;
                case GREATER -> comparison > 0;
                case GREATER_OR_EQUAL -> comparison >= 0;
            };
        }
    }

    record Compare(Node left, Node right, Order order) implements Node {
        @Override
        public Object eval(Bindings b) {
            Object l = left.eval(b);
            if (l == ERROR) return ERROR;
            Object r = right.eval(b);
            if (r == ERROR) return ERROR;
            return bool(compare(l, r));
        }

        private boolean compare(Object l, Object r) {
            if (l instanceof Double a && r instanceof Double c) return order.holds(a, c);
            if (l instanceof Long a && r instanceof Long c) return order.holds(Long.compare(a, c));
            if (l instanceof Double a) return order.holds(compareDoubleInt(a, (Long) r));
            return order.holds(-compareDoubleInt((Double) r, (Long) l));
        }
    }

    record In(Node element, Node list) implements Node {
        @Override
        public Object eval(Bindings b) {
            Object e = element.eval(b);
            if (e == ERROR) return ERROR;
            Object l = list.eval(b);
            if (l == ERROR) return ERROR;
            return bool(((List<?>) l).contains(e));
        }
    }

    record Size(Node list) implements Node {
        @Override
        public Object eval(Bindings b) {
            Object l = list.eval(b);
            return l == ERROR ? ERROR : (Object) (long) ((List<?>) l).size();
        }
    }
}
