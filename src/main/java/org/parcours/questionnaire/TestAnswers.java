package org.parcours.questionnaire;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a raw answer (as read from YAML) is valid for a question, in English for authors. The engine
 * has the same rules with localised messages for people answering; this copy lets the loader refuse a
 * content test that gives an invalid answer without depending on the engine.
 */
final class TestAnswers {

    private TestAnswers() {
    }

    static Optional<String> problem(Question q, Object value) {
        return switch (q.type()) {
            case SINGLE -> value instanceof String s ? option(q, s) : expected("an option id");
            case MULTIPLE -> value instanceof List<?> l ? options(q, l) : expected("a list of option ids");
            case SCALE, NUMBER -> value instanceof Number n ? number(q, n.doubleValue()) : expected("a number");
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : expected("true or false");
            case TEXT -> value instanceof String s
                    ? (s.codePointCount(0, s.length()) > q.maxLength()
                            ? Optional.of("longer than " + q.maxLength() + " characters") : Optional.empty())
                    : expected("a text");
        };
    }

    private static Optional<String> expected(String what) {
        return Optional.of("expected " + what);
    }

    private static Optional<String> option(Question q, String id) {
        if (q.option(id).isPresent()) return Optional.empty();
        return Optional.of("unknown option '" + id + "'"
                + Names.didYouMean(id, q.options().stream().map(Option::id).toList()));
    }

    private static Optional<String> options(Question q, List<?> ids) {
        Set<Object> seen = new HashSet<>();
        for (Object id : ids) {
            if (!(id instanceof String s)) return expected("a list of option ids");
            if (!seen.add(s)) return Optional.of("option '" + s + "' is given twice");
            Optional<String> wrong = option(q, s);
            if (wrong.isPresent()) return wrong;
            if (q.option(s).orElseThrow().exclusive() && ids.size() > 1) {
                return Optional.of("option '" + s + "' is exclusive and cannot be combined");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> number(Question q, double v) {
        if (q.type() == QuestionType.SCALE && v != Math.rint(v)) return Optional.of("a scale takes whole numbers");
        if (q.min().isPresent() && v < q.min().getAsDouble() || q.max().isPresent() && v > q.max().getAsDouble()) {
            return Optional.of(num(v) + " is out of range [" + (q.min().isPresent() ? num(q.min().getAsDouble()) : "")
                    + ", " + (q.max().isPresent() ? num(q.max().getAsDouble()) : "") + "]");
        }
        return Optional.empty();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
