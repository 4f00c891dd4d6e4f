package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.parcours.questionnaire.RecommendationKind;

/**
 * A small test DSL: load a questionnaire, answer, then assert what follows. Each answer re-evaluates,
 * so assertions always see the current answers.
 */
public final class Scenario {

    private final Questionnaire questionnaire;
    private Answers answers = Answers.empty();

    private Scenario(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** Loads a fixture under src/test/resources/questionnaires/ or questionnaires-2.0/, or any folder path. */
    public static Scenario load(String folder) {
        Path path = Path.of(folder);
        if (!path.toFile().isDirectory()) path = Path.of("src/test/resources/questionnaires", folder);
        if (!path.toFile().isDirectory()) path = Path.of("src/test/resources/questionnaires-2.0", folder);
        try {
            return new Scenario(QuestionnaireLoader.load(path));
        } catch (QuestionnaireException e) {
            throw new AssertionError("fixture does not load:\n" + e.getMessage(), e);
        }
    }

    /**
     * A questionnaire written in the test itself, so that the test shows the rules it exercises. Only the
     * keys that matter need writing: the metadata a loader requires is added around {@code phases}.
     */
    public static Scenario of(String yaml) {
        String text = """
                id: inline
                version: 1.0.0
                locales: [fr, en]
                default_locale: fr
                title: {fr: Test, en: Test}
                description: {fr: Test, en: Test}
                license: CC-BY-SA-4.0
                """ + yaml;
        try {
            return new Scenario(QuestionnaireLoader.load("inline", Map.of("questionnaire.yaml", text)));
        } catch (QuestionnaireException e) {
            throw new AssertionError("inline questionnaire does not load:\n" + e.getMessage(), e);
        }
    }

    public Scenario answer(String question, String option) { return with(question, new AnswerValue.Choice(option)); }
    public Scenario answer(String question, List<String> options) { return with(question, new AnswerValue.Choices(options)); }
    public Scenario answer(String question, double value) { return with(question, new AnswerValue.Number(value)); }
    public Scenario answer(String question, boolean value) { return with(question, new AnswerValue.Bool(value)); }
    public Scenario answerText(String question, String text) { return with(question, new AnswerValue.Text(text)); }

    public Scenario clear(String question) {
        answers = answers.without(question);
        return this;
    }

    private Scenario with(String question, AnswerValue value) {
        answers = answers.with(question, value);
        return this;
    }

    public Evaluation evaluation() {
        return Engine.evaluate(questionnaire, answers);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Every expectation names ids of the questionnaire: a misspelt one fails instead of passing vacuously. */
    private String question(String id) {
        assertThat(questionnaire.question(id)).as("question '%s' in %s", id, questionnaire).isPresent();
        return id;
    }

    private String recommendation(String id) {
        assertThat(questionnaire.recommendation(id)).as("recommendation '%s' in %s", id, questionnaire).isPresent();
        return id;
    }

    private String dimension(String id) {
        assertThat(questionnaire.dimension(id)).as("dimension '%s' in %s", id, questionnaire).isPresent();
        return id;
    }

    public Scenario expectVisible(String... questions) {
        Evaluation e = evaluation();
        for (String q : questions) assertThat(e.isVisible(question(q))).as("%s visible", q).isTrue();
        return this;
    }

    public Scenario expectHidden(String... questions) {
        Evaluation e = evaluation();
        for (String q : questions) assertThat(e.isVisible(question(q))).as("%s hidden", q).isFalse();
        return this;
    }

    /** Exactly these visible required questions still lack a valid answer, in questionnaire order. */
    public Scenario expectMissingRequired(String... questions) {
        for (String q : questions) question(q);
        assertThat(evaluation().missingRequired()).as("missing required answers").containsExactly(questions);
        assertThat(evaluation().complete()).isEqualTo(questions.length == 0);
        return this;
    }

    public Scenario expectScore(String dimension, double percent) {
        assertThat(evaluation().score(dimension(dimension)).percent()).as("score of %s", dimension).isPresent();
        assertThat(evaluation().score(dimension).percent().getAsDouble()).as("score of %s", dimension)
                .isCloseTo(percent, org.assertj.core.data.Offset.offset(1e-9));
        return this;
    }

    public Scenario expectNoScore(String dimension) {
        assertThat(evaluation().score(dimension(dimension)).percent()).as("score of %s", dimension).isEmpty();
        assertThat(evaluation().score(dimension).band()).isEmpty();
        return this;
    }

    public Scenario expectLevel(String dimension, String level) {
        assertThat(evaluation().score(dimension(dimension)).band().map(b -> b.level())).as("level of %s", dimension)
                .contains(level);
        return this;
    }

    public Scenario expectProgress(int answered, int visible) {
        assertThat(evaluation().progress()).isEqualTo(new Progress(answered, visible));
        return this;
    }

    public Scenario expectTop(RecommendationKind kind, String recommendation) {
        List<RankedRecommendation> ranked = evaluation().ranked(kind);
        assertThat(ranked).as("ranked %s", kind).isNotEmpty();
        assertThat(ranked.getFirst().id()).as("top %s", kind).isEqualTo(recommendation);
        return this;
    }

    public Scenario expectRanks(RecommendationKind kind, String... inOrder) {
        assertThat(evaluation().ranked(kind).stream().map(RankedRecommendation::id).toList())
                .containsExactly(inOrder);
        return this;
    }

    public Scenario expectRecommended(String recommendation, boolean recommended) {
        assertThat(evaluation().recommendation(recommendation(recommendation))
                .map(RankedRecommendation::recommended).orElse(false))
                .as("%s recommended", recommendation).isEqualTo(recommended);
        return this;
    }

    public Scenario expectNotEligible(String recommendation) {
        assertThat(evaluation().recommendation(recommendation(recommendation))).as("%s eligible", recommendation)
                .isEmpty();
        return this;
    }

    public Scenario expectFit(String recommendation, int fit) {
        assertThat(evaluation().recommendation(recommendation(recommendation)).orElseThrow().fit()).isEqualTo(fit);
        return this;
    }

    /** The reason (English text) held, and its expression reads exactly these questions. */
    public Scenario expectReason(String recommendation, String because, String... questions) {
        RankedRecommendation r = evaluation().recommendation(recommendation).orElseThrow();
        assertThat(r.reasons()).as("reasons of %s", recommendation)
                .anySatisfy(reason -> {
                    assertThat(reason.because().in("en")).isEqualTo(because);
                    assertThat(reason.questions()).containsExactlyInAnyOrder(questions);
                });
        return this;
    }

    /** The argument against (English text) held, and its expression reads exactly these questions. */
    public Scenario expectAgainst(String recommendation, String because, String... questions) {
        RankedRecommendation r = evaluation().recommendation(recommendation(recommendation)).orElseThrow();
        assertThat(r.reasons()).as("reasons of %s", recommendation)
                .noneSatisfy(reason -> assertThat(reason.because().in("en")).isEqualTo(because));
        assertThat(r.against()).as("arguments against %s", recommendation)
                .anySatisfy(reason -> {
                    assertThat(reason.because().in("en")).isEqualTo(because);
                    assertThat(reason.weight()).isNegative();
                    assertThat(reason.questions()).containsExactlyInAnyOrder(questions);
                });
        return this;
    }

    public Scenario expectProblem(String question, ProblemCode code) {
        // An unknown question may be the point (UNKNOWN_QUESTION), so this one takes any id.
        assertThat(evaluation().problems(question)).extracting(AnswerProblem::code).contains(code);
        return this;
    }
}
