package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.ContentTest.Expectation;
import org.parcours.questionnaire.ContentTest.Ranking;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.parcours.questionnaire.RecommendationKind;

/** What a content test says when an expectation of format 2.0 is not met, on the "extended" fixture. */
class ContentTestRunnerTest {

    private static final Map<String, Object> ANSWERS = Map.of("resource_type", "software", "public_body", false,
            "maintainers", 5L, "hosting", "team", "paid", true, "rules_by", "community", "ecological", true);

    private static Questionnaire extended() throws Exception {
        return QuestionnaireLoader.load(Path.of("src/test/resources/questionnaires-2.0/extended"));
    }

    private static List<String> failures(Expectation expect) throws Exception {
        return ContentTestRunner.run(extended(), new ContentTest("t", "tests.yaml", 1, ANSWERS, Map.of(), expect))
                .failures();
    }

    private static Expectation expect(Map<Ranking, String> top, Map<String, String> excluded, Optional<Boolean> complete,
                                      Map<String, List<String>> against, List<String> capped,
                                      Map<String, String> messages) {
        return new Expectation(List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), top, excluded,
                complete, against, capped, messages);
    }

    @Test
    void excluded_fails_on_an_eligible_recommendation_or_another_reason() throws Exception {
        assertThat(failures(expect(Map.of(), Map.of("fund-open", ""), Optional.empty(), Map.of(), List.of(),
                Map.of()))).containsExactly("expected 'fund-open' to be excluded, but it is eligible (fit 1)");
        assertThat(failures(expect(Map.of(), Map.of("fund-ecology", "écologique"), Optional.empty(), Map.of(),
                List.of(), Map.of()))).containsExactly("expected 'fund-ecology' to be excluded because of "
                + "\u201cécologique\u201d, got: \u201cil est réservé aux personnes publiques.\u201d");
    }

    @Test
    void complete_fails_naming_the_questions_left() throws Exception {
        assertThat(failures(expect(Map.of(), Map.of(), Optional.of(false), Map.of(), List.of(), Map.of())))
                .containsExactly("expected the answers to be incomplete, but every visible required question is "
                        + "answered");
        Questionnaire q = extended();
        ContentTest partial = new ContentTest("t", "tests.yaml", 1, Map.of("resource_type", "data"), Map.of(),
                expect(Map.of(), Map.of(), Optional.of(true), Map.of(), List.of(), Map.of()));
        assertThat(ContentTestRunner.run(q, partial).failures()).containsExactly("expected the answers to be "
                + "complete, but these visible required questions have no valid answer: public_body, maintainers, "
                + "hosting, paid, rules_by, ecological");
    }

    @Test
    void top_of_a_component_fails_with_what_ranks_first() throws Exception {
        assertThat(failures(expect(Map.of(new Ranking(RecommendationKind.LICENCE, Optional.of("software")), "lic-eupl"),
                Map.of(), Optional.empty(), Map.of(), List.of(), Map.of()))).containsExactly(
                "expected top licence/software = lic-eupl, got lic-mit (fit 1); lic-eupl has fit 0");
        assertThat(failures(expect(Map.of(new Ranking(RecommendationKind.LICENCE, Optional.of("data")), "lic-etalab"),
                Map.of(), Optional.empty(), Map.of(), List.of(), Map.of()))).containsExactly(
                "expected top licence/data = lic-etalab, got (none); lic-etalab: it is out of scope (its 'when' is "
                        + "false or its component is absent)");
    }

    @Test
    void against_capped_and_message_fail_with_what_held() throws Exception {
        assertThat(failures(expect(Map.of(), Map.of(), Optional.empty(), Map.of("lic-mit", List.of("liste")),
                List.of("sustain"), Map.of("sustain", "fondatrice")))).containsExactly(
                "expected an argument against 'lic-mit' containing \u201cliste\u201d, got: (none)",
                "expected the level of sustain to be capped, but no cap held (level solid)",
                "expected the sustain message to contain \u201cfondatrice\u201d, got \u201cDes règles écrites par "
                        + "la communauté.\u201d");
    }

    @Test
    void recommended_fails_saying_why_an_excluded_recommendation_is_not() throws Exception {
        assertThat(failures(new Expectation(List.of(), List.of(), Map.of(), Map.of(), List.of("fund-ecology"),
                List.of(), Map.of(), Map.of(), Optional.empty(), Map.of(), List.of(), Map.of()))).containsExactly(
                "expected 'fund-ecology' to be recommended, but it is excluded: \u201cil est réservé aux personnes "
                        + "publiques.\u201d");
    }

    @Test
    void coverage_counts_the_recommendations_a_test_names() throws Exception {
        ContentTestRunner.Coverage coverage = ContentTestRunner.coverage(extended());
        assertThat(coverage.toString()).isEqualTo("coverage: 7 of 9 recommendations named by a test (77 %)");
        assertThat(new ContentTestRunner.Coverage(9, 10).percent()).isEqualTo(90);
        assertThat(new ContentTestRunner.Coverage(0, 0).percent()).isEqualTo(100);
    }
}
