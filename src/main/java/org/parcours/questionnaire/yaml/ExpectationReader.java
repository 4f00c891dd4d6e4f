package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.Suggestions;

/**
 * Reads a content test's {@code expect} and checks it against the questionnaire: every question, dimension, level,
 * recommendation, kind and component it names must exist, and each expectation must be one that can be met (an
 * excluded recommendation has requires, a capped dimension has caps…), so that a typo fails instead of passing.
 */
final class ExpectationReader {

    private static final Set<String> KEYS = Set.of("visible", "hidden", "scores", "levels", "recommended",
            "not_recommended", "top", "excluded", "complete", "against", "capped", "message");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final Map<String, Question> questions;
    private final List<Dimension> dimensions;
    private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
    private final List<String> components;

    ExpectationReader(Problems problems, YamlMap.Locales locales, Map<String, Question> questions,
                      List<Dimension> dimensions, List<Recommendation> recommendations, List<Component> components) {
        this.problems = problems;
        this.locales = locales;
        this.questions = questions;
        this.dimensions = dimensions;
        recommendations.forEach(r -> this.recommendations.put(r.id(), r));
        this.components = components.stream().map(Component::id).toList();
    }

    Optional<ContentTest.Expectation> read(YNode node) {
        return YamlMap.of(node, "expect", KEYS, problems, locales).map(f -> new ContentTest.Expectation(
                known(f, "visible", questions.keySet(), "question"),
                known(f, "hidden", questions.keySet(), "question"),
                scores(f), levels(f),
                known(f, "recommended", recommendations.keySet(), "recommendation"),
                known(f, "not_recommended", recommendations.keySet(), "recommendation"),
                TopReader.top(f, recommendations, components), excluded(f), f.bool("complete"), against(f), capped(f), messages(f)));
    }

    private List<String> known(YamlMap f, String key, Collection<String> ids, String what) {
        List<String> out = new ArrayList<>();
        List<YNode> items = f.list(key, false);
        List<String> values = f.strings(key);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (ids.contains(v)) {
                out.add(v);
            } else {
                problems.add(items.get(i).loc(), "expect." + key + " names an unknown " + what + " '" + v + "'"
                        + Suggestions.didYouMean(v, ids));
            }
        }
        return out;
    }

    private Map<String, ContentTest.Range> scores(YamlMap f) {
        Map<String, ContentTest.Range> out = new LinkedHashMap<>();
        eachDimension(f, "scores", (e, d) -> {
            if (e.value() instanceof YNode.YList l && l.items().size() == 2
                    && YNode.plain(l.items().get(0)) instanceof Number a
                    && YNode.plain(l.items().get(1)) instanceof Number b && a.doubleValue() <= b.doubleValue()) {
                out.put(e.key(), new ContentTest.Range(a.doubleValue(), b.doubleValue()));
            } else {
                problems.add(e.value().loc(), "expect.scores." + e.key() + " must be a range [low, high], e.g. [20, 45]");
            }
        });
        return out;
    }

    private Map<String, String> levels(YamlMap f) {
        Map<String, String> out = new LinkedHashMap<>();
        eachDimension(f, "levels", (e, d) -> {
            List<String> levels = d.bands().stream().map(Band::level).toList();
            Object v = YNode.plain(e.value());
            if (v instanceof String level && levels.contains(level)) {
                out.put(e.key(), level);
            } else {
                problems.add(e.value().loc(), "expect.levels." + e.key() + " must be one of " + levels);
            }
        });
        return out;
    }

    private Map<String, String> messages(YamlMap f) {
        Map<String, String> out = new LinkedHashMap<>();
        eachDimension(f, "message", (e, d) -> {
            if (YNode.plain(e.value()) instanceof String text && !text.isBlank()) {
                out.put(e.key(), text);
            } else {
                problems.add(e.value().loc(), "expect.message." + e.key()
                        + " must be a text the shown band message contains");
            }
        });
        return out;
    }

    private List<String> capped(YamlMap f) {
        List<String> out = new ArrayList<>();
        List<YNode> items = f.list("capped", false);
        List<String> values = f.strings("capped");
        List<String> ids = dimensions.stream().map(Dimension::id).toList();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Optional<Dimension> d = dimensions.stream().filter(x -> x.id().equals(v)).findFirst();
            if (d.isEmpty()) {
                problems.add(items.get(i).loc(), "expect.capped names an unknown dimension '" + v + "'"
                        + Suggestions.didYouMean(v, ids));
            } else if (d.get().caps().isEmpty()) {
                problems.add(items.get(i).loc(), "expect.capped names '" + v + "', which has no caps");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private void eachDimension(YamlMap f, String key, BiConsumer<YNode.YMap.Entry, Dimension> action) {
        f.node(key).ifPresent(node -> {
            if (!(node instanceof YNode.YMap map)) {
                problems.add(node.loc(), "expect." + key + " must map dimension ids to values");
                return;
            }
            List<String> ids = dimensions.stream().map(Dimension::id).toList();
            map.entries().values().forEach(e -> dimensions.stream().filter(d -> d.id().equals(e.key())).findFirst()
                    .ifPresentOrElse(d -> action.accept(e, d), () -> problems.add(e.keyLoc(),
                            "expect." + key + " names an unknown dimension '" + e.key() + "'"
                                    + Suggestions.didYouMean(e.key(), ids))));
        });
    }

    /** {@code excluded: [ids]} or {@code excluded: {id: "text of the reason"}}: an empty text accepts any reason. */
    private Map<String, String> excluded(YamlMap f) {
        Map<String, String> out = new LinkedHashMap<>();
        Predicate<Recommendation> canBe = r -> !r.requires().isEmpty();
        String why = "which has no requires: it can never be excluded";
        Optional<YNode> node = f.node("excluded");
        if (node.isPresent() && node.get() instanceof YNode.YMap map) {
            map.entries().values().forEach(e -> {
                if (recommendation(e.key(), e.keyLoc(), "excluded", canBe, why)) {
                    if (YNode.plain(e.value()) instanceof String text) {
                        out.put(e.key(), text);
                    } else {
                        problems.add(e.value().loc(), "expect.excluded." + e.key()
                                + " must be a text the reason contains");
                    }
                }
            });
        } else {
            List<YNode> items = f.list("excluded", false);
            List<String> values = f.strings("excluded");
            for (int i = 0; i < values.size(); i++) {
                if (recommendation(values.get(i), items.get(i).loc(), "excluded", canBe, why)) {
                    out.put(values.get(i), "");
                }
            }
        }
        return out;
    }

    /** {@code against: {id: ["text an argument against contains", …]}}; an empty list accepts any argument. */
    private Map<String, List<String>> against(YamlMap f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Optional<YNode> node = f.node("against");
        if (node.isEmpty()) return out;
        if (!(node.get() instanceof YNode.YMap map)) {
            problems.add(node.get().loc(), "expect.against must map recommendation ids to texts, e.g. "
                    + "{fund-x: [\"not for a State body\"]}");
            return out;
        }
        map.entries().values().forEach(e -> {
            if (!recommendation(e.key(), e.keyLoc(), "against", r -> r.fit().stream().anyMatch(c -> c.weight() < 0),
                    "which has no fit criterion with a negative weight")) {
                return;
            }
            Object v = YNode.plain(e.value());
            if (v instanceof List<?> texts && texts.stream().allMatch(String.class::isInstance)) {
                out.put(e.key(), texts.stream().map(String.class::cast).toList());
            } else if (v instanceof String text) {
                out.put(e.key(), List.of(text));
            } else {
                problems.add(e.value().loc(), "expect.against." + e.key() + " must list texts");
            }
        });
        return out;
    }

    /** Whether {@code id} names a recommendation that passes {@code check}; reports it otherwise. */
    private boolean recommendation(String id, YNode.Loc at, String key, Predicate<Recommendation> check, String why) {
        Recommendation r = recommendations.get(id);
        if (r == null) {
            problems.add(at, "expect." + key + " names an unknown recommendation '" + id + "'"
                    + Suggestions.didYouMean(id, recommendations.keySet()));
            return false;
        }
        if (!check.test(r)) {
            problems.add(at, "expect." + key + " names '" + id + "', " + why);
            return false;
        }
        return true;
    }
}
