package org.parcours.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads content tests (contract §8) and checks them against the rest of the questionnaire: every
 * question, option, dimension, level and recommendation they name must exist, and every answer must be valid.
 */
final class TestReader {

    private static final Set<String> KEYS = Set.of("name", "answers", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("visible", "hidden", "scores", "levels", "recommended",
            "not_recommended", "top");

    private final Problems problems;
    private final Fields.Locales locales;
    private final Map<String, Question> questions;
    private final List<Dimension> dimensions;
    private final List<Recommendation> recommendations;

    TestReader(Problems problems, Fields.Locales locales, Map<String, Question> questions,
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
            Fields.of(node, "test", KEYS, problems, locales).flatMap(this::test).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ContentTest> test(Fields f) {
        Optional<String> name = f.string("name", true);
        Map<String, Object> answers = answers(f);
        Optional<ContentTest.Expectation> expect = f.node("expect").flatMap(this::expectation);
        if (name.isEmpty()) return Optional.empty();
        return Optional.of(new ContentTest(name.get(), f.loc().file(), f.loc().line(), answers,
                expect.orElse(new ContentTest.Expectation(List.of(), List.of(), Map.of(), Map.of(), List.of(),
                        List.of(), Map.of()))));
    }

    private Map<String, Object> answers(Fields f) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Optional<YNode> node = f.node("answers");
        if (node.isEmpty()) return answers;
        if (!(node.get() instanceof YNode.YMap map)) {
            problems.add(node.get().loc(), "answers must map question ids to answers");
            return answers;
        }
        map.entries().values().forEach(e -> {
            Question q = questions.get(e.key());
            if (q == null) {
                problems.add(e.keyLoc(), "test answers an unknown question '" + e.key() + "'"
                        + Names.didYouMean(e.key(), questions.keySet()));
                return;
            }
            Object value = YNode.plain(e.value());
            Optional<String> wrong = TestAnswers.problem(q, value);
            if (wrong.isPresent()) {
                problems.add(e.value().loc(), "invalid answer to '" + q.id() + "': " + wrong.get());
            } else {
                answers.put(e.key(), value);
            }
        });
        return answers;
    }

    private Optional<ContentTest.Expectation> expectation(YNode node) {
        return Fields.of(node, "expect", EXPECT_KEYS, problems, locales).map(f -> new ContentTest.Expectation(
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

    private List<String> known(Fields f, String key, java.util.Collection<String> ids, String what) {
        List<String> out = new ArrayList<>();
        List<YNode> items = f.list(key, false);
        List<String> values = f.strings(key);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (ids.contains(v)) {
                out.add(v);
            } else {
                problems.add(items.get(i).loc(), "expect." + key + " names an unknown " + what + " '" + v + "'"
                        + Names.didYouMean(v, ids));
            }
        }
        return out;
    }

    private Map<String, ContentTest.Range> scores(Fields f) {
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

    private Map<String, String> levels(Fields f) {
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

    private void eachDimension(Fields f, String key,
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
                                    + Names.didYouMean(e.key(), ids))));
        });
    }

    private Map<RecommendationKind, String> top(Fields f) {
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
                            + e.key() + Names.didYouMean(String.valueOf(v), recommendationIds()));
                } else {
                    out.put(kind.get(), id);
                }
            });
        });
        return out;
    }
}
