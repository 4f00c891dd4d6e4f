package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.parcours.questionnaire.RecommendationKind;

/**
 * Feeds a few hundred random valid answer sets (seeded, so failures replay) to every questionnaire and
 * checks the invariants: evaluation never throws, 0 ≤ percent ≤ 100, ranks contiguous per kind,
 * recommended ⇔ fit &gt; 0, hidden questions never count in progress.
 */
class RandomAnswersPropertyTest {

    private static final int SETS = 300;

    static Stream<Path> questionnaires() {
        return Questionnaires.all().stream();
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void invariants_hold_for_random_valid_answers(Path folder) throws Exception {
        Questionnaire q = QuestionnaireLoader.load(folder);
        Random random = new Random(20_240_601L);
        for (int i = 0; i < SETS; i++) {
            Answers answers = randomAnswers(q, random);
            assertThat(answers.asMap()).allSatisfy((id, v) ->
                    assertThat(Engine.check(q, id, v)).as("generated answer %s=%s", id, v).isEmpty());
            checkInvariants(Engine.evaluate(q, answers));
        }
    }

    static Answers randomAnswers(Questionnaire q, Random random) {
        Map<String, AnswerValue> values = new HashMap<>();
        for (Question question : q.questions()) {
            if (random.nextInt(5) == 0) continue;
            values.put(question.id(), randomValue(question, random));
        }
        return Answers.of(values);
    }

    private static AnswerValue randomValue(Question q, Random random) {
        List<Option> options = q.options();
        return switch (q.type()) {
            case SINGLE -> new AnswerValue.Choice(options.get(random.nextInt(options.size())).id());
            case MULTIPLE -> {
                List<Option> plain = options.stream().filter(o -> !o.exclusive()).toList();
                List<Option> exclusive = options.stream().filter(Option::exclusive).toList();
                if (!exclusive.isEmpty() && random.nextInt(4) == 0) {
                    yield new AnswerValue.Choices(List.of(exclusive.get(random.nextInt(exclusive.size())).id()));
                }
                List<String> chosen = new ArrayList<>();
                plain.forEach(o -> { if (random.nextBoolean()) chosen.add(o.id()); });
                yield new AnswerValue.Choices(chosen);
            }
            case SCALE -> {
                int min = (int) q.min().getAsDouble();
                int max = (int) q.max().getAsDouble();
                yield new AnswerValue.Number(min + random.nextInt(max - min + 1));
            }
            case NUMBER -> {
                double min = q.min().orElse(0);
                double max = q.max().orElse(min + 1_000_000);
                yield new AnswerValue.Number(min + random.nextDouble() * (max - min));
            }
            case BOOLEAN -> new AnswerValue.Bool(random.nextBoolean());
            case TEXT -> new AnswerValue.Text("x".repeat(random.nextInt(Math.min(q.maxLength(), 300) + 1)));
        };
    }

    private static void checkInvariants(Evaluation e) {
        e.scores().values().forEach(s -> s.percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
        e.scores().values().forEach(s -> assertThat(s.band().isPresent()).isEqualTo(s.percent().isPresent()));
        List<Optional<String>> components = new ArrayList<>(List.of(Optional.empty()));
        e.questionnaire().components().forEach(c -> components.add(Optional.of(c.id())));
        for (RecommendationKind kind : RecommendationKind.values()) {
            for (Optional<String> component : components) {
                List<RankedRecommendation> ranked = e.ranked(kind, component);
                for (int i = 0; i < ranked.size(); i++) {
                    assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
                    if (i > 0) assertThat(ranked.get(i).fit()).isLessThanOrEqualTo(ranked.get(i - 1).fit());
                }
            }
        }
        e.recommendations().forEach(r -> {
            assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.weight()).isNotNegative());
            assertThat(r.against()).allSatisfy(reason -> assertThat(reason.weight()).isNegative());
            r.recommendation().component().ifPresent(c ->
                    assertThat(e.components()).extracting(x -> x.id()).contains(c));
        });
        e.excluded().forEach(x -> {
            assertThat(e.recommendation(x.id())).isEmpty();
            assertThat(x.reasons()).isNotEmpty();
        });
        e.scores().values().forEach(s -> {
            if (s.capped()) {
                assertThat(s.caps()).isNotEmpty();
                assertThat(s.band().map(b -> b.level())).hasValueSatisfying(level -> assertThat(s.caps())
                        .extracting(c -> c.atMost()).contains(level));
            }
            assertThat(s.message().isPresent()).isEqualTo(s.band().isPresent());
        });
        long answeredVisible = e.answers().asMap().keySet().stream().filter(e::isVisible).count();
        assertThat(e.progress().answered()).isEqualTo(answeredVisible);
        int phaseVisible = e.questionnaire().phases().stream().mapToInt(p -> {
            int visible = e.progress(p.id()).visible();
            assertThat(visible).isLessThanOrEqualTo(p.questions().size());
            return visible;
        }).sum();
        assertThat(e.progress().visible()).isEqualTo(phaseVisible);
        assertHiddenAnswersChangeNothing(e);
    }

    /** The same answers without those to hidden questions give the same scores, ranking and speed boat. */
    private static void assertHiddenAnswersChangeNothing(Evaluation e) {
        Answers visibleOnly = e.answers();
        for (String id : e.answers().asMap().keySet()) {
            if (!e.isVisible(id)) visibleOnly = visibleOnly.without(id);
        }
        Evaluation again = Engine.evaluate(e.questionnaire(), visibleOnly);
        assertThat(again.scores()).isEqualTo(e.scores());
        assertThat(again.recommendations()).isEqualTo(e.recommendations());
        assertThat(again.speedboat()).isEqualTo(e.speedboat());
    }
}
