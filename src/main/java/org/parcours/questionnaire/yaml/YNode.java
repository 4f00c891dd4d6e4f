package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.questionnaire.Problem;

/**
 * A YAML value with the place it was read from. Jackson's own trees forget locations, and every
 * problem must say file:line:column, so the loader reads into this small tree instead.
 */
sealed interface YNode {

    Loc loc();

    /** Where something is in a file; line and column start at 1. */
    record Loc(String file, int line, int column) {
        Problem problem(String message) {
            return new Problem(file, line, column, message);
        }
    }

    record YMap(Loc loc, Map<String, Entry> entries) implements YNode {
        record Entry(String key, Loc keyLoc, YNode value) {
        }
    }

    record YList(Loc loc, List<YNode> items) implements YNode {
    }

    /** A scalar: String, Long, Double, Boolean, or null for YAML null. */
    record YScalar(Loc loc, Object value) implements YNode {
    }

    /** The plain Java value (Map, List, String, Long, Double, Boolean, null), as an answers file is read. */
    static Object plain(YNode node) {
        return switch (node) {
            case YScalar s -> s.value();
            case YList l -> {
                List<Object> items = new ArrayList<>();
                l.items().forEach(i -> items.add(plain(i)));
                yield items;
            }
            case YMap m -> {
                Map<String, Object> map = new LinkedHashMap<>();
                m.entries().forEach((k, e) -> map.put(k, plain(e.value())));
                yield map;
            }
        };
    }

    static String describe(YNode node) {
        return switch (node) {
            case YMap m -> "a map";
            case YList l -> "a list";
            case YScalar s when s.value() == null -> "nothing (null)";
            case YScalar s when s.value() instanceof String -> "a text";
            case YScalar s when s.value() instanceof Boolean -> "true/false";
            case YScalar s -> "a number";
        };
    }
}
