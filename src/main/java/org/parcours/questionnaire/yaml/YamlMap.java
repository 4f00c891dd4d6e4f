package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Suggestions;

/**
 * Reads the keys of one YAML map, reporting problems as it goes: unknown keys (with the closest known
 * key), missing keys, wrong kinds of value, bad ids, missing translations. Every getter returns an empty
 * value after reporting, so reading carries on and all problems come out at once.
 */
final class YamlMap {

    private final YNode.YMap map;
    private final String what;
    private final Problems problems;
    private final Locales locales;

    /** The declared locales: every localised text must hold each of them. */
    record Locales(List<String> all, String defaultLocale) {
    }

    private YamlMap(YNode.YMap map, String what, Problems problems, Locales locales) {
        this.map = map;
        this.what = what;
        this.problems = problems;
        this.locales = locales;
    }

    /** YamlMap of a map node, or empty (with a problem) when the node is not a map. */
    static Optional<YamlMap> of(YNode node, String what, Set<String> known, Problems problems, Locales locales) {
        if (!(node instanceof YNode.YMap map)) {
            problems.add(node.loc(), what + " must be a map of keys, not " + YNode.describe(node));
            return Optional.empty();
        }
        map.entries().values().forEach(e -> {
            if (!known.contains(e.key())) {
                String hint = Suggestions.closest(e.key(), known).map(c -> " (did you mean '" + c + "'?)")
                        .orElse("; known keys: " + String.join(", ", new TreeSet<>(known)));
                problems.add(e.keyLoc(), "unknown key '" + e.key() + "' in " + what + hint);
            }
        });
        return Optional.of(new YamlMap(map, what, problems, locales));
    }

    YNode.Loc loc() {
        return map.loc();
    }

    String what() {
        return what;
    }

    Problems problems() {
        return problems;
    }

    Locales locales() {
        return locales;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Optional<YNode> node(String key) {
        return Optional.ofNullable(map.entries().get(key)).map(YNode.YMap.Entry::value);
    }

    Optional<YNode> required(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) problems.add(map.loc(), what + " misses the required key '" + key + "'");
        return node;
    }

    Optional<YNode.YScalar> scalar(String key, boolean required) {
        Optional<YNode> node = required ? required(key) : node(key);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YNode.YScalar s && s.value() != null) return Optional.of(s);
        problems.add(node.get().loc(), key + " must be a single value, not " + YNode.describe(node.get()));
        return Optional.empty();
    }

    Optional<String> string(String key, boolean required) {
        return scalar(key, required).flatMap(s -> {
            if (s.value() instanceof String text) return Optional.of(text);
            problems.add(s.loc(), key + " must be a text, not " + YNode.describe(s) + " (put it in quotes)");
            return Optional.empty();
        });
    }

    Optional<String> id(String key, Pattern format, String example) {
        return string(key, true).flatMap(id -> {
            if (format.matcher(id).matches()) return Optional.of(id);
            problems.add(node(key).orElseThrow().loc(), "id '" + id + "' has the wrong format: it must match "
                    + format.pattern() + ", e.g. '" + example + "'");
            return Optional.empty();
        });
    }

    OptionalDouble number(String key, boolean required) {
        Optional<YNode.YScalar> s = scalar(key, required);
        if (s.isEmpty()) return OptionalDouble.empty();
        if (s.get().value() instanceof Number n) return OptionalDouble.of(n.doubleValue());
        problems.add(s.get().loc(), key + " must be a number, not " + YNode.describe(s.get()));
        return OptionalDouble.empty();
    }

    Optional<Long> integer(String key, boolean required) {
        Optional<YNode.YScalar> s = scalar(key, required);
        if (s.isEmpty()) return Optional.empty();
        if (s.get().value() instanceof Long n) return Optional.of(n);
        problems.add(s.get().loc(), key + " must be a whole number, not " + YNode.describe(s.get()));
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        return scalar(key, false).flatMap(s -> {
            if (s.value() instanceof Boolean b) return Optional.of(b);
            problems.add(s.loc(), key + " must be true or false, not " + YNode.describe(s));
            return Optional.empty();
        });
    }

    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type, boolean required) {
        return string(key, required).flatMap(value -> {
            List<String> ids = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                String id = e.name().toLowerCase(Locale.ROOT);
                ids.add(id);
                if (id.equals(value)) return Optional.of(e);
            }
            problems.add(node(key).orElseThrow().loc(), key + " '" + value + "' is not one of "
                    + String.join(" | ", ids) + Suggestions.didYouMean(value, ids));
            return Optional.empty();
        });
    }

    /** Items of a list; a missing key is an empty list. */
    List<YNode> list(String key, boolean required) {
        Optional<YNode> node = required ? required(key) : node(key);
        if (node.isEmpty()) return List.of();
        if (node.get() instanceof YNode.YList l) return l.items();
        problems.add(node.get().loc(), key + " must be a list, not " + YNode.describe(node.get()));
        return List.of();
    }

    Optional<LocalizedText> text(String key, boolean required) {
        Optional<YNode> node = required ? required(key) : node(key);
        return node.flatMap(n -> localized(n, key));
    }

    /**
     * A text that may be written once for every locale (a name, a title in its own language) or localised like
     * any other text.
     */
    Optional<LocalizedText> plainOrLocalized(String key, boolean required) {
        Optional<YNode> node = required ? required(key) : node(key);
        if (node.isPresent() && node.get() instanceof YNode.YScalar s && s.value() instanceof String plain) {
            Map<String, String> texts = new LinkedHashMap<>();
            locales.all().forEach(l -> texts.put(l, plain));
            return Optional.of(new LocalizedText(texts, locales.defaultLocale()));
        }
        return node.flatMap(n -> localized(n, key));
    }

    /** A map from each declared locale to a text. */
    Optional<LocalizedText> localized(YNode node, String key) {
        if (!(node instanceof YNode.YMap m)) {
            problems.add(node.loc(), key + " must be a text per locale, e.g. {" + String.join(": …, ", locales.all())
                    + ": …}, not " + YNode.describe(node));
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (YNode.YMap.Entry e : m.entries().values()) {
            if (!locales.all().contains(e.key())) {
                problems.add(e.keyLoc(), key + ": locale '" + e.key() + "' is not declared in locales "
                        + locales.all());
                ok = false;
            } else if (e.value() instanceof YNode.YScalar s && s.value() instanceof String t) {
                texts.put(e.key(), t);
            } else {
                problems.add(e.value().loc(), key + "." + e.key() + " must be a text, not " + YNode.describe(e.value()));
                ok = false;
            }
        }
        for (String locale : locales.all()) {
            if (!m.entries().containsKey(locale)) {
                problems.add(m.loc(), "missing translation '" + locale + "' for " + key + " in " + what);
                ok = false;
            }
        }
        return ok ? Optional.of(new LocalizedText(texts, locales.defaultLocale())) : Optional.empty();
    }

    /** {@code points: {dimension: number}}, checking each dimension exists. */
    Map<String, Double> points(String key, Set<String> dimensions) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) return Map.of();
        if (!(node.get() instanceof YNode.YMap m)) {
            problems.add(node.get().loc(), key + " must map dimension ids to numbers, e.g. {identify: 2}");
            return Map.of();
        }
        Map<String, Double> points = new LinkedHashMap<>();
        m.entries().values().forEach(e -> {
            if (!dimensions.contains(e.key())) {
                problems.add(e.keyLoc(), "points for unknown dimension '" + e.key() + "'"
                        + Suggestions.didYouMean(e.key(), dimensions));
            } else if (e.value() instanceof YNode.YScalar s && s.value() instanceof Number n) {
                points.put(e.key(), n.doubleValue());
            } else {
                problems.add(e.value().loc(), "points." + e.key() + " must be a number");
            }
        });
        return points;
    }

    /** A list of ids (strings). */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (YNode item : list(key, false)) {
            if (item instanceof YNode.YScalar s && s.value() instanceof String text) {
                out.add(text);
            } else {
                problems.add(item.loc(), key + " must list texts, not " + YNode.describe(item));
            }
        }
        return out;
    }
}
