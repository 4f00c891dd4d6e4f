package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.Questionnaire;

/** Several members' answers side by side: spread, divergence index, proposed agreed answers (values by hand). */
class CompareTest {

    private static final Questionnaire MINI = Scenario.load("src/test/resources/questionnaires/mini").questionnaire();

    private static Answers answers(Map<String, AnswerValue> values) {
        return Answers.of(values);
    }

    /** Three members who differ on almost everything; the answers hidden to a member do not count. */
    private static Comparison three() {
        Answers a = answers(Map.of("resource_type", AnswerValue.of("software"), "code_public", AnswerValue.of(true),
                "funding_needs", AnswerValue.of(List.of("maintenance")), "maintainers", AnswerValue.of(1),
                "budget", AnswerValue.of(100), "vision", AnswerValue.text("a")));
        Answers b = answers(Map.of("resource_type", AnswerValue.of("software"), "code_public", AnswerValue.of(false),
                "funding_needs", AnswerValue.of(List.of("maintenance", "build")), "maintainers", AnswerValue.of(5),
                "budget", AnswerValue.of(1000)));
        Answers c = answers(Map.of("resource_type", AnswerValue.of("data"), "code_public", AnswerValue.of(true),
                "funding_needs", AnswerValue.of(List.of("none")), "maintainers", AnswerValue.of(3),
                "budget", AnswerValue.of(3000)));
        return Engine.compare(MINI, List.of(a, b, c));
    }

    private static QuestionSpread spread(Comparison comparison, String id) {
        return comparison.question(id).orElseThrow();
    }

    @Test
    void the_most_divergent_question_comes_first_and_equal_indexes_keep_the_questionnaires_order() {
        assertThat(three().questions()).extracting(s -> s.question().id())
                // 1, 5/6, 2/3, 2/3, 1/2; the text question is not compared
                .containsExactly("code_public", "funding_needs", "resource_type", "maintainers", "budget");
    }

    @Test
    void a_single_question_counts_its_options_and_its_index_is_the_share_of_pairs_that_differ() {
        QuestionSpread type = spread(three(), "resource_type");
        assertThat(type.answered()).isEqualTo(3);
        assertThat(type.counts()).containsExactly(new ValueCount("software", 2), new ValueCount("data", 1),
                new ValueCount("dont_know", 0));
        // pairs: software/software agree, software/data twice differ: 2 of 3
        assertThat(type.divergence()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(type.proposal()).contains(AnswerValue.of("software"));
        assertThat(type.range()).isEmpty();
    }

    @Test
    void an_answer_to_a_question_hidden_to_its_member_is_not_counted() {
        Comparison comparison = three();
        // code_public is hidden to the member who chose data; budget to the member with one maintainer
        assertThat(spread(comparison, "code_public").answered()).isEqualTo(2);
        assertThat(spread(comparison, "code_public").counts())
                .containsExactly(new ValueCount("false", 1), new ValueCount("true", 1));
        assertThat(spread(comparison, "code_public").divergence()).isEqualTo(1.0);
        assertThat(spread(comparison, "budget").answered()).isEqualTo(2);
    }

    @Test
    void a_tie_on_a_yes_or_no_question_proposes_no() {
        assertThat(spread(three(), "code_public").proposal()).contains(AnswerValue.of(false));
    }

    @Test
    void a_multiple_question_measures_pairs_by_the_share_of_options_only_one_of_them_chose() {
        QuestionSpread needs = spread(three(), "funding_needs");
        assertThat(needs.counts()).containsExactly(new ValueCount("maintenance", 2), new ValueCount("build", 1),
                new ValueCount("none", 1));
        // {m}/{m,b}: 1 of 2 options differs = 0.5; {m}/{none} and {m,b}/{none}: 1 each; (0.5 + 1 + 1) / 3
        assertThat(needs.divergence()).isCloseTo(2.5 / 3, within(1e-9));
        // maintenance was chosen by 2 of 3, more than half; build and none by 1
        assertThat(needs.proposal()).contains(AnswerValue.of(List.of("maintenance")));
    }

    @Test
    void a_scale_has_its_range_its_counts_per_value_and_its_gaps_measured_on_the_scales_span() {
        QuestionSpread maintainers = spread(three(), "maintainers");
        assertThat(maintainers.range()).contains(new NumberRange(1, 3, 5));
        assertThat(maintainers.counts()).extracting(ValueCount::count).containsExactly(1, 0, 1, 0, 1);
        // gaps 4, 2, 2 on a span of 4: (1 + 0.5 + 0.5) / 3
        assertThat(maintainers.divergence()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(maintainers.proposal()).contains(AnswerValue.of(3));
    }

    @Test
    void a_number_without_both_bounds_measures_the_gap_relative_to_the_values() {
        QuestionSpread budget = spread(three(), "budget");
        assertThat(budget.range()).contains(new NumberRange(1000, 2000, 3000));
        assertThat(budget.counts()).isEmpty();
        // |1000 - 3000| / (1000 + 3000)
        assertThat(budget.divergence()).isEqualTo(0.5);
        assertThat(budget.proposal()).contains(AnswerValue.of(2000));
    }

    @Test
    void member_scores_are_spread_per_dimension() {
        ScoreSpread identify = three().scores().getFirst();
        assertThat(identify.dimension().id()).isEqualTo("identify");
        // software + public code 8/8, software alone 4/8, data 2/4
        assertThat(identify.scored()).isEqualTo(3);
        assertThat(identify.range()).contains(new NumberRange(50, 50, 100));
        ScoreSpread empty = three().scores().getLast();
        assertThat(empty.dimension().id()).isEqualTo("empty");
        assertThat(empty.scored()).isZero();
        assertThat(empty.range()).isEmpty();
    }

    @Test
    void three_on_one_option_and_one_on_another_give_one_half() {
        Answers software = answers(Map.of("resource_type", AnswerValue.of("software")));
        Answers data = answers(Map.of("resource_type", AnswerValue.of("data")));
        QuestionSpread type = spread(Engine.compare(MINI, List.of(software, software, data, software)),
                "resource_type");
        // 3 of the 6 pairs differ
        assertThat(type.divergence()).isEqualTo(0.5);
        assertThat(type.diverges()).isTrue();
    }

    @Test
    void unanimous_answers_and_a_lone_answer_do_not_diverge() {
        Answers one = answers(Map.of("resource_type", AnswerValue.of("data"), "maintainers", AnswerValue.of(2)));
        Answers other = answers(Map.of("resource_type", AnswerValue.of("data")));
        Comparison comparison = Engine.compare(MINI, List.of(one, other));
        assertThat(spread(comparison, "resource_type").divergence()).isZero();
        assertThat(spread(comparison, "maintainers").answered()).isEqualTo(1);
        assertThat(spread(comparison, "maintainers").divergence()).isZero();
        assertThat(comparison.divergent()).isEmpty();
    }

    @Test
    void an_even_split_on_a_scale_proposes_the_lower_whole_value() {
        Answers two = answers(Map.of("maintainers", AnswerValue.of(2)));
        Answers three = answers(Map.of("maintainers", AnswerValue.of(3)));
        QuestionSpread maintainers = spread(Engine.compare(MINI, List.of(two, three)), "maintainers");
        assertThat(maintainers.range()).contains(new NumberRange(2, 2.5, 3));
        assertThat(maintainers.proposal()).contains(AnswerValue.of(2));
    }

    @Test
    void a_multiple_question_where_no_option_has_a_majority_proposes_nothing() {
        Answers build = answers(Map.of("funding_needs", AnswerValue.of(List.of("build"))));
        Answers maintenance = answers(Map.of("funding_needs", AnswerValue.of(List.of("maintenance"))));
        Comparison comparison = Engine.compare(MINI, List.of(build, maintenance));
        assertThat(spread(comparison, "funding_needs").proposal()).isEmpty();
        assertThat(comparison.proposal().get("funding_needs")).isEmpty();
    }

    @Test
    void a_tie_between_options_proposes_the_one_listed_first_and_a_majority_of_yes_proposes_yes() {
        Answers data = answers(Map.of("resource_type", AnswerValue.of("data")));
        Answers software = answers(Map.of("resource_type", AnswerValue.of("software")));
        assertThat(spread(Engine.compare(MINI, List.of(data, software, software, data)), "resource_type").proposal())
                .contains(AnswerValue.of("software"));
        Answers yes = answers(Map.of("resource_type", AnswerValue.of("software"), "code_public", AnswerValue.of(true)));
        Answers no = answers(Map.of("resource_type", AnswerValue.of("software"), "code_public", AnswerValue.of(false)));
        assertThat(spread(Engine.compare(MINI, List.of(yes, no, yes)), "code_public").proposal())
                .contains(AnswerValue.of(true));
    }

    @Test
    void invalid_answers_are_left_out_as_the_engine_leaves_them_out() {
        Answers wrong = answers(Map.of("maintainers", AnswerValue.of(9), "resource_type", AnswerValue.of("gold")));
        Answers right = answers(Map.of("maintainers", AnswerValue.of(4)));
        Comparison comparison = Engine.compare(MINI, List.of(wrong, right));
        assertThat(spread(comparison, "maintainers").answered()).isEqualTo(1);
        assertThat(comparison.question("resource_type")).isEmpty();
    }

    @Test
    void the_proposal_is_an_answer_set_the_engine_accepts() {
        Answers proposal = three().proposal();
        assertThat(proposal.asMap()).containsOnlyKeys("resource_type", "code_public", "funding_needs", "maintainers",
                "budget");
        assertThat(Engine.evaluate(MINI, proposal).problems()).isEmpty();
    }

    @Test
    void a_number_with_both_bounds_measures_gaps_on_its_range() {
        Questionnaire bounded = Scenario.of("""
                dimensions: []
                phases:
                  - id: p
                    title: {fr: P, en: P}
                    questions:
                      - {id: share, type: number, label: {fr: S, en: S}, min: 0, max: 200}
                """).questionnaire();
        Comparison comparison = Engine.compare(bounded, List.of(answers(Map.of("share", AnswerValue.of(50))),
                answers(Map.of("share", AnswerValue.of(100)))));
        assertThat(comparison.question("share").orElseThrow().divergence()).isEqualTo(0.25);
    }

    @Test
    void no_members_compare_to_nothing() {
        Comparison comparison = Engine.compare(MINI, List.of());
        assertThat(comparison.members()).isZero();
        assertThat(comparison.questions()).isEmpty();
        assertThat(comparison.proposal().size()).isZero();
        assertThat(comparison.scores()).allSatisfy(s -> assertThat(s.range()).isEqualTo(Optional.empty()));
    }
}
