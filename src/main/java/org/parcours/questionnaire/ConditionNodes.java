package org.parcours.questionnaire;

import static org.parcours.questionnaire.FastCondition.ERROR;

import java.util.List;
import java.util.function.BiPredicate;
import org.parcours.questionnaire.FastCondition.Node;

/**
 * The nodes {@link FastCondition} builds from a checked CEL tree, each following CEL's semantics for its
 * operator, errors included ({@link FastCondition#ERROR} travels up and is absorbed as CEL absorbs it).
 */
final class ConditionNodes {

    private ConditionNodes() {
    }

    static Boolean bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    static final class Const extends Node {
        private final Object value;

        Const(Object value) {
            this.value = value;
        }

        @Override
        Object eval(Bindings b) {
            return value;
        }
    }

    static final class Var extends Node {
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

    static final class Answered extends Node {
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
    static final class Score extends Node {
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
    static final class Logical extends Node {
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

    static final class Not extends Node {
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

    static final class Conditional extends Node {
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

    /**
     * Equality, or inequality when {@code negate}: of two values of the same type (string, bool, list of strings),
     * or across int and double as CEL's heterogeneous numeric equality.
     */
    static final class Equals extends Node {
        private final Node left;
        private final Node right;
        private final boolean negate;
        private final BiPredicate<Object, Object> same;

        private Equals(Node left, Node right, boolean negate, BiPredicate<Object, Object> same) {
            this.left = left;
            this.right = right;
            this.negate = negate;
            this.same = same;
        }

        static Equals values(Node left, Node right, boolean negate) {
            return new Equals(left, right, negate, Object::equals);
        }

        static Equals numbers(Node left, Node right, boolean negate) {
            return new Equals(left, right, negate, ConditionNodes::numberEquals);
        }

        @Override
        Object eval(Bindings b) {
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

    static final class Compare extends Node {
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

    static final class In extends Node {
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

    static final class Size extends Node {
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
