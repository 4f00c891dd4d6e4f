package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.Suggestions;

/**
 * Reads content tests (contract §8) and checks them against the rest of the questionnaire: every
 * question they answer must exist, and so must what they expect ({@link ExpectationReader}). Whether each answer is valid is the
 * engine's rule, checked when the test runs, as for every other answer.
 */
final class TestReader {

    private static final Set<String> KEYS = Set.of("name", "answers", "expect");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final Map<String, Question> questions;
    private final ExpectationReader expectations;

    TestReader(Problems problems, YamlMap.Locales locales, Map<String, Question> questions,
               List<Dimension> dimensions, List<Recommendation> recommendations, List<Component> components) {
        this.problems = problems;
        this.locales = locales;
        this.questions = questions;
        this.expectations = new ExpectationReader(problems, locales, questions, dimensions, recommendations,
                components);
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
        Optional<ContentTest.Expectation> expect = f.node("expect").flatMap(expectations::read);
        if (name.isEmpty()) return Optional.empty();
        return Optional.of(new ContentTest(name.get(), f.loc().file(), f.loc().line(), answers, places,
                expect.orElse(ContentTest.Expectation.none())));
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
}
