package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.questionnaire.Suggestions;

/**
 * Reads content tests (contract §8) and checks them against the rest of the questionnaire: every
 * question, dimension, level and recommendation they name must exist. Whether each answer is valid is the
 * engine's rule, checked when the test runs, as for every other answer.
 */
final class TestReader {

    private static final Set<String> KEYS = Set.of("name", "answers", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("visible", "hidden", "scores", "levels", "recommended",
            "not_recommended", "top");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final Map<String, Question> questions;
    private final List<Dimension> dimensions;
    private final List<Recommendation> recommendations;

    TestReader(Problems problems, YamlMap.Locales locales, Map<String, Question> questions,
               List<Dimension> dimensions, List<Recommendation> recommendations) {
        this.problems = problems;
        this.locales = locales;
        this.questions = questions;
        this.dimensions = dimensions;
        this.recommendations = recommendations;
    }

    List<ContentTest> tests(List<YNode> nodes) {
        List<ContentTest> out = new ArrayList<>();
        for (YNode node : nodes) {
            YamlMap.of(node, "test", KEYS, problems, locales).flatMap(this::test).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ContentTest> test(YamlMap f) {
        Optional<String> name = f.string("name", true);
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        answers(f, answers, places);
        Optional<ContentTest.Expectation> expect = f.node("expect").flatMap(this::expectation);
        if (name.isEmpty()) return Optional.empty();
        return Optional.of(new ContentTest(name.get(), f.loc().file(), f.loc().line(), answers, places,
                expect.orElse(new ContentTest.Expectation(List.of(), List.of(), Map.of(), Map.of(), List.of(),
                        List.of(), Map.of()))));
    }

    private void answers(YamlMap f, Map<String, Object> answers, Map<String, String> places) {
        Optional<YNode> node = f.node("answers");
        if (node.isEmpty()) return;
        if (!(node.get() instanceof YNode.YMap map)) {
            problems.add(node.get().loc(), "answers must map question ids to answers");
            return;
        }
        map.entries().values().forEach(e -> {
            Question q = questions.get(e.key());
            if (q == null) {
                problems.add(e.keyLoc(), "test answers an unknown question '" + e.key() + "'"
                        + Suggestions.didYouMean(e.key(), questions.keySet()));
                return;
            }
            // The value itself is checked by the engine when the test runs, with the rules every answer follows.
            answers.put(e.key(), YNode.plain(e.value()));
            YNode.Loc at = e.value().loc();
            places.put(e.key(), at.file() + ":" + at.line() + ":" + at.column());
        });
    }

    private Optional<ContentTest.Expectation> expectation(YNode node) {
        return YamlMap.of(node, "expect", EXPECT_KEYS, problems, locales).map(f -> new ContentTest.Expectation(
                known(f, "visible", questions.keySet(), "question"),
                known(f, "hidden", questions.keySet(), "question"),
                scores(f), levels(f),
                known(f, "recommended", recommendationIds(), "recommendation"),
                known(f, "not_recommended", recommendationIds(), "recommendation"),
                top(f)));
    }

    private List<String> recommendationIds() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    private List<String> known(YamlMap f, String key, java.util.Collection<String> ids, String what) {
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

    private void eachDimension(YamlMap f, String key,
                               java.util.function.BiConsumer<YNode.YMap.Entry, Dimension> action) {
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

    private Map<RecommendationKind, String> top(YamlMap f) {
        Map<RecommendationKind, String> out = new LinkedHashMap<>();
        f.node("top").ifPresent(node -> {
            if (!(node instanceof YNode.YMap map)) {
                problems.add(node.loc(), "expect.top must map kinds to recommendation ids");
                return;
            }
            map.entries().values().forEach(e -> {
                Optional<RecommendationKind> kind = java.util.Arrays.stream(RecommendationKind.values())
                        .filter(k -> k.id().equals(e.key())).findFirst();
                Object v = YNode.plain(e.value());
                if (kind.isEmpty()) {
                    problems.add(e.keyLoc(), "expect.top: unknown kind '" + e.key() + "'");
                } else if (!(v instanceof String id) || recommendations.stream()
                        .noneMatch(r -> r.id().equals(id) && r.kind() == kind.get())) {
                    problems.add(e.value().loc(), "expect.top." + e.key() + " must name a recommendation of kind "
                            + e.key() + Suggestions.didYouMean(String.valueOf(v), recommendationIds()));
                } else {
                    out.put(kind.get(), id);
                }
            });
        });
        return out;
    }
}
