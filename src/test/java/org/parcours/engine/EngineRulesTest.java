package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.RecommendationKind;

/** Pins the contract's rules (§4 scoring, §5 visibility, §6 expressions, §7 ranking) on the mini fixture. */
class EngineRulesTest {

    private Scenario mini() {
        return Scenario.load("mini");
    }

    @Test
    void a_question_is_visible_only_when_its_condition_holds() {
        mini().expectHidden("code_public", "budget")
                .answer("resource_type", "software").expectVisible("code_public")
                .answer("resource_type", "data").expectHidden("code_public");
    }

    @Test
    void answered_reads_whether_a_visible_question_holds_a_valid_answer() {
        mini().answer("maintainers", 2).expectHidden("budget")
                .answer("maintainers", 3).expectVisible("budget");
    }

    @Test
    void answers_to_hidden_questions_are_kept_but_ignored() {
        Scenario s = mini().answer("resource_type", "data").answer("code_public", true);
        assertThat(s.evaluation().answers().get("code_public")).isPresent();
        s.expectScore("identify", 50).expectProgress(1, 4);
    }

    @Test
    void single_earns_the_chosen_option_over_the_best_option() {
        mini().answer("resource_type", "data").expectScore("identify", 50).expectLevel("identify", "developing");
    }

    @Test
    void boolean_earns_its_points_when_true() {
        mini().answer("resource_type", "software").answer("code_public", false).expectScore("identify", 50)
                .answer("code_public", true).expectScore("identify", 100).expectLevel("identify", "established");
    }

    @Test
    void scale_earns_linearly_from_min_to_max() {
        mini().answer("maintainers", 1).expectScore("sustain", 0)
                .answer("maintainers", 3).expectScore("sustain", 50)
                .answer("maintainers", 5).expectScore("sustain", 100);
    }

    @Test
    void multiple_attains_the_sum_of_non_exclusive_positive_points() {
        // attainable: maintenance 2 + build 1 = 3
        mini().answer("funding_needs", List.of("maintenance")).expectScore("sustain", 200.0 / 3)
                .answer("funding_needs", List.of("none")).expectScore("sustain", 0).expectLevel("sustain", "fragile");
    }

    @Test
    void dont_know_is_left_out_of_scores_and_nothing_attainable_means_no_score() {
        mini().answer("resource_type", "dont_know").expectNoScore("identify").expectNoScore("empty");
    }

    @Test
    void band_upper_bounds_are_inclusive() {
        // maintainers 3 on the 1..5 scale earns 4 × (3 − 1) / (5 − 1) = 2 of 4 points: 50, the top of "fragile"
        mini().answer("maintainers", 3).expectScore("sustain", 50).expectLevel("sustain", "fragile");
    }

    @Test
    void ranking_is_by_fit_then_lower_effort_then_catalogue_order() {
        mini().answer("maintainers", 5)
                // association fit 3 (high effort), committee fit 3 (low effort) → committee first
                .expectRanks(RecommendationKind.GOVERNANCE, "gov-committee", "gov-association", "gov-nothing")
                .answer("funding_needs", List.of("maintenance"))
                .expectTop(RecommendationKind.GOVERNANCE, "gov-association")
                .expectFit("gov-association", 4);
    }

    @Test
    void recommended_means_eligible_with_a_positive_fit() {
        mini().expectRecommended("gov-nothing", false).expectRecommended("diss-mayor", false)
                .answer("maintainers", 4).expectRecommended("gov-committee", true);
    }

    @Test
    void when_false_makes_a_recommendation_ineligible() {
        mini().expectNotEligible("fund-low-score")
                .answer("resource_type", "data").expectRecommended("fund-low-score", false);
    }

    @Test
    void recommendations_read_scores_and_negative_weights_subtract_as_arguments_against() {
        mini().answer("resource_type", "data").answer("maintainers", 1)
                .expectFit("fund-low-score", 1)
                .expectReason("fund-low-score", "Low score")
                .expectAgainst("fund-low-score", "Closed code", "code_public");
    }

    @Test
    void reasons_name_the_questions_their_expression_reads() {
        mini().answer("maintainers", 4).answer("funding_needs", List.of("maintenance"))
                .expectReason("gov-association", "Several maintainers", "maintainers")
                .expectReason("gov-association", "Maintenance to fund", "funding_needs");
    }

    @Test
    void progress_counts_valid_answers_to_visible_questions_overall_and_per_phase() {
        Scenario s = mini().answer("resource_type", "software").answer("maintainers", 9);
        s.expectProgress(1, 5);
        assertThat(s.evaluation().progress("identify")).isEqualTo(new Progress(1, 3));
        assertThat(s.evaluation().progress("sustain")).isEqualTo(new Progress(0, 2));
    }

    @Test
    void missing_required_lists_visible_required_questions_without_a_valid_answer() {
        Scenario s = Scenario.of("""
                dimensions: []
                phases:
                  - id: p
                    title: {fr: P, en: P}
                    questions:
                      - {id: kind, type: single, required: true, label: {fr: K, en: K},
                         options: [{id: a, label: {fr: A, en: A}}, {id: b, label: {fr: B, en: B}}]}
                      - {id: detail, type: text, required: true, label: {fr: D, en: D}, visible_if: "kind == 'b'"}
                      - {id: note, type: text, label: {fr: N, en: N}}
                """);
        s.expectMissingRequired("kind")
                .answer("kind", "nope").expectMissingRequired("kind")
                .answer("kind", "a").expectMissingRequired()
                .answer("kind", "b").expectMissingRequired("detail")
                .answerText("detail", "x").expectMissingRequired();
    }

    @Test
    void expectations_fail_on_an_id_the_questionnaire_does_not_have() {
        assertThatThrownBy(() -> mini().expectHidden("resource_typ")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("question 'resource_typ'");
        assertThatThrownBy(() -> mini().expectRecommended("gov-nothin", false)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("recommendation 'gov-nothin'");
        assertThatThrownBy(() -> mini().expectNotEligible("gov-nothin")).isInstanceOf(AssertionError.class);
    }

    @Test
    void answer_problems_are_reported_per_question() {
        mini().answer("resource_type", "nope").expectProblem("resource_type", ProblemCode.UNKNOWN_OPTION)
                .answer("funding_needs", List.of("none", "build"))
                .expectProblem("funding_needs", ProblemCode.EXCLUSIVE_COMBINED)
                .answer("maintainers", 6).expectProblem("maintainers", ProblemCode.OUT_OF_RANGE)
                .answer("maintainers", 2.5).expectProblem("maintainers", ProblemCode.NOT_AN_INTEGER)
                .answerText("vision", "x".repeat(51)).expectProblem("vision", ProblemCode.TOO_LONG)
                .answer("code_public", "yes").expectProblem("code_public", ProblemCode.WRONG_TYPE);
    }

    @Test
    void check_speaks_french_and_english() {
        Scenario s = mini();
        List<AnswerProblem> problems = Engine.check(s.questionnaire(), "vision", new AnswerValue.Text("é".repeat(53)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message().in("fr")).isEqualTo("Cette réponse dépasse 50 caractères (53).");
            assertThat(p.message().in("en")).isEqualTo("This answer is longer than 50 characters (53).");
        });
        assertThat(Engine.check(s.questionnaire(), "ghost", new AnswerValue.Bool(true)))
                .extracting(AnswerProblem::code).containsExactly(ProblemCode.UNKNOWN_QUESTION);
        assertThat(Engine.check(s.questionnaire(), "maintainers", new AnswerValue.Number(3))).isEmpty();
    }

    @Test
    void from_raw_converts_by_type_and_reports_instead_of_throwing() {
        Scenario s = mini();
        Answers.Parsed parsed = Answers.fromRaw(s.questionnaire(), java.util.Map.of(
                "resource_type", "software", "maintainers", 3L, "funding_needs", List.of("build"),
                "code_public", "oui", "ghost", 1, "locale", "fr"));
        assertThat(parsed.answers().asMap()).containsKeys("resource_type", "maintainers", "funding_needs");
        assertThat(parsed.problems()).extracting(AnswerProblem::questionId)
                .containsExactlyInAnyOrder("code_public", "ghost");
    }

    @Test
    void speedboat_collects_chosen_options_of_visible_questions_and_the_island() {
        Evaluation e = mini().answer("resource_type", "data").answer("funding_needs", List.of("maintenance", "build"))
                .answerText("vision", "  Everywhere ").evaluation();
        assertThat(e.speedboat().boat()).extracting(SpeedboatItem::optionId).containsExactly("data");
        assertThat(e.speedboat().rocks()).extracting(SpeedboatItem::optionId).containsExactly("maintenance");
        assertThat(e.speedboat().wind()).extracting(SpeedboatItem::optionId).containsExactly("build");
        assertThat(e.speedboat().island()).contains("Everywhere");
        assertThat(mini().evaluation().speedboat().island()).isEmpty();
    }
}
