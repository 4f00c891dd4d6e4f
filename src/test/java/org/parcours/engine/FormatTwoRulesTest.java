package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcours.questionnaire.Cap;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.RecommendationKind;

/** Pins the rules content format 2.0 adds (caps, variants, requires, components, after) on the "extended" fixture. */
class FormatTwoRulesTest {

    private Scenario extended() {
        return Scenario.load("extended").answer("maintainers", 5).answer("hosting", "team").answer("paid", true)
                .answer("rules_by", "community");
    }

    private static String en(DimensionScore s) {
        return s.message().orElseThrow().in("en");
    }

    @Test
    void a_cap_that_holds_lowers_the_level_but_not_the_percent() {
        DimensionScore s = extended().answer("hosting", "one_person").evaluation().score("sustain");

        assertThat(s.percent()).hasValue(100.0);
        assertThat(s.band().orElseThrow().level()).isEqualTo("fragile");
        assertThat(s.capped()).isTrue();
        assertThat(s.caps()).extracting(c -> c.because().in("en")).containsExactly("One person holds the servers.");
        assertThat(s.asCelValue()).isEqualTo(100.0);
    }

    @Test
    void the_lowest_cap_that_holds_wins_and_every_cap_that_held_is_listed() {
        DimensionScore s = extended().answer("hosting", "one_person").answer("paid", false)
                .evaluation().score("sustain");

        assertThat(s.band().orElseThrow().level()).isEqualTo("critical");
        assertThat(s.caps()).extracting(Cap::atMost).containsExactly("fragile", "critical");
        assertThat(en(s)).isEqualTo("Critical.");
    }

    @Test
    void a_cap_at_or_above_the_points_level_holds_without_lowering_it() {
        DimensionScore s = extended().answer("maintainers", 1).answer("rules_by", "founder")
                .answer("hosting", "one_person").evaluation().score("sustain");

        // 0 + 2 + 2 of 8 = 50 %: fragile by the points, which is what the cap allows at most.
        assertThat(s.band().orElseThrow().level()).isEqualTo("fragile");
        assertThat(s.caps()).hasSize(1);
        assertThat(s.capped()).isFalse();
    }

    @Test
    void without_a_score_no_cap_applies() {
        DimensionScore s = Scenario.load("extended").answer("paid", false).evaluation().score("sustain");

        assertThat(s.percent()).isEmpty();
        assertThat(s.caps()).isEmpty();
        assertThat(s.capped()).isFalse();
        assertThat(s.message()).isEmpty();
    }

    @Test
    void a_band_shows_its_first_variant_that_holds_else_its_own_message() {
        assertThat(en(extended().evaluation().score("sustain"))).isEqualTo("Rules written by the community.");
        assertThat(en(extended().answer("rules_by", "founder").evaluation().score("sustain")))
                .isEqualTo("Rules written by the founder: open them.");
    }

    @Test
    void a_failed_requirement_excludes_the_recommendation_with_the_reason_of_each_failure() {
        Evaluation e = extended().answer("public_body", false).answer("ecological", false).evaluation();

        ExcludedRecommendation x = e.exclusion("fund-ecology").orElseThrow();
        assertThat(x.reasons()).extracting(r -> r.in("en")).containsExactly(
                "this fund only finances ecological planning.", "it is for public bodies only.");
        assertThat(x.questions()).containsExactlyInAnyOrder("ecological", "public_body");
        assertThat(e.recommendation("fund-ecology")).isEmpty();
        assertThat(e.excluded(RecommendationKind.FUNDING)).extracting(ExcludedRecommendation::id)
                .containsExactly("fund-ecology");
        assertThat(e.ranked(RecommendationKind.FUNDING)).extracting(RankedRecommendation::id)
                .containsExactly("fund-open");
    }

    @Test
    void requirements_may_read_scores_and_an_eligible_recommendation_ranks_as_usual() {
        Evaluation e = extended().answer("public_body", true).answer("ecological", true)
                .answer("maintainers", 1).evaluation();

        assertThat(e.exclusion("fund-ecology")).isEmpty();
        assertThat(e.recommendation("fund-ecology").orElseThrow().recommended()).isTrue();
    }

    @Test
    void when_false_puts_a_recommendation_out_of_scope_not_among_the_excluded() {
        Evaluation e = extended().answer("public_body", false).evaluation();

        assertThat(e.recommendation("net-bluehats")).isEmpty();
        assertThat(e.exclusion("net-bluehats")).isEmpty();
    }

    @Test
    void a_component_is_present_when_its_condition_holds_and_scopes_its_recommendations() {
        Evaluation data = extended().answer("resource_type", "data").evaluation();

        assertThat(data.components()).extracting(Component::id).containsExactly("data");
        assertThat(data.recommendation("lic-eupl")).isEmpty();
        assertThat(data.exclusion("lic-eupl")).isEmpty();
        assertThat(data.ranked(RecommendationKind.LICENCE)).extracting(RankedRecommendation::id)
                .containsExactlyInAnyOrder("lic-etalab", "lic-odbl");
    }

    @Test
    void ranking_is_per_kind_and_component_and_the_kind_lists_its_rankings_in_component_order() {
        Evaluation e = extended().answer("resource_type", "mixed").answer("public_body", true).evaluation();

        assertThat(e.ranked(RecommendationKind.LICENCE, "software")).extracting(RankedRecommendation::id,
                RankedRecommendation::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lic-eupl", 1), org.assertj.core.groups.Tuple.tuple("lic-mit", 2));
        assertThat(e.ranked(RecommendationKind.LICENCE, "data")).extracting(RankedRecommendation::id,
                RankedRecommendation::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lic-etalab", 1), org.assertj.core.groups.Tuple.tuple("lic-odbl", 2));
        assertThat(e.ranked(RecommendationKind.LICENCE)).extracting(RankedRecommendation::id)
                .containsExactly("lic-eupl", "lic-mit", "lic-etalab", "lic-odbl");
        assertThat(e.ranked(RecommendationKind.LICENCE, Optional.empty())).isEmpty();
    }

    @Test
    void a_negative_weight_that_holds_is_an_argument_against_not_a_reason() {
        extended().answer("resource_type", "software").answer("public_body", true)
                .expectFit("lic-mit", -1)
                .expectReason("lic-mit", "Simple")
                .expectAgainst("lic-mit", "Not on the official list of licences", "public_body");
    }

    @Test
    void actions_expose_the_actions_they_come_after() {
        assertThat(extended().questionnaire().recommendation("act-publish").orElseThrow().after())
                .containsExactly("act-inventory");
        assertThat(extended().questionnaire().recommendation("act-inventory").orElseThrow().after()).isEmpty();
    }

    @Test
    void a_questionnaire_without_the_new_keys_has_no_component_cap_or_exclusion() {
        Evaluation e = Scenario.load("mini").answer("resource_type", "software").answer("maintainers", 5).evaluation();

        assertThat(e.components()).isEmpty();
        assertThat(e.excluded()).isEmpty();
        assertThat(e.scores().values()).allSatisfy(s -> assertThat(s.caps()).isEmpty());
        assertThat(e.ranked(RecommendationKind.GOVERNANCE)).isEqualTo(
                e.ranked(RecommendationKind.GOVERNANCE, Optional.empty()));
        assertThat(e.score("identify").message().orElseThrow().in("en")).isEqualTo("m3");
        assertThat(e.score("empty").message()).isEmpty();
    }
}
