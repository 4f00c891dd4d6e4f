package org.parcours.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.engine.Scenario;
import org.parcours.report.ReportHistory.Change;
import org.parcours.report.ReportHistory.PhaseLine;
import org.parcours.report.ReportHistory.Trend;

/** « Votre progression » and the targets: the second round read against the first. */
class ReportHistoryTest {

    @Test
    void a_first_diagnostic_has_no_progression_section() {
        Report report = ReportBuilder.build(Rounds.second().evaluation(), "fr", ReportContext.on(Rounds.SECOND));

        assertThat(report.history()).isEmpty();
        assertThat(report.sections()).doesNotContain(ReportSection.PROGRESS);
    }

    @Test
    void from_the_second_round_the_section_follows_where_the_team_stands_in_both_editions() {
        for (Edition edition : Edition.values()) {
            assertThat(Rounds.second("fr", Set.of(), Map.of(), edition).sections())
                    .containsSubsequence(ReportSection.STANDING, ReportSection.PROGRESS, ReportSection.OPTIONS);
        }
        assertThat(ReportSection.PROGRESS.title(ReportLabels.of("fr"))).isEqualTo("Votre progression");
        assertThat(ReportSection.PROGRESS.title(ReportLabels.of("en"))).isEqualTo("Your progress");
    }

    @Test
    void each_phase_shows_its_score_in_each_round_and_the_levels_gained() {
        ReportHistory history = Rounds.second("fr", Set.of(), Map.of()).history().orElseThrow();

        assertThat(history.rounds()).extracting(ReportHistory.Round::number, ReportHistory.Round::date,
                ReportHistory.Round::current).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Rounds.FIRST, false),
                org.assertj.core.groups.Tuple.tuple(2, Rounds.SECOND, true));
        PhaseLine identify = history.phases().getFirst();
        assertThat(identify.phaseId()).isEqualTo("identify");
        assertThat(identify.points()).extracting(p -> p.percent().getAsDouble()).containsExactly(50.0, 100.0);
        assertThat(identify.points()).extracting(p -> p.level().orElseThrow().id())
                .containsExactly("developing", "established");
        assertThat(identify.levels()).isEqualTo(1);
        assertThat(identify.trend()).isEqualTo(Trend.GAINED);
        assertThat(identify.trendText()).isEqualTo("+1 niveau : En cours → Établi");
        PhaseLine sustain = history.phases().get(1);
        assertThat(sustain.trend()).isEqualTo(Trend.GAINED);
        assertThat(sustain.trendText()).isEqualTo("+1 niveau : Fragile → Solide");
    }

    @Test
    void a_level_lost_is_said_as_lost() {
        ProgressInput progress = ProgressInput.NONE.withPrevious(List.of(new PreviousRound(Rounds.FIRST,
                Rounds.second().evaluation())));
        ReportHistory history = ReportBuilder.build(Rounds.first().evaluation(), "en",
                ReportContext.on(Rounds.SECOND).withProgress(progress)).history().orElseThrow();

        assertThat(history.phases().getFirst().levels()).isEqualTo(-1);
        assertThat(history.phases().getFirst().trendText()).isEqualTo("−1 level: Established → Developing");
    }

    @Test
    void the_recommendations_that_appeared_or_went_away_are_listed_by_id_with_their_title() {
        ReportHistory history = Rounds.second("en", Set.of(), Map.of()).history().orElseThrow();

        assertThat(history.appeared()).extracting(Change::id)
                .containsExactlyInAnyOrder("gov-association", "gov-committee", "diss-mayor");
        assertThat(history.wentAway()).containsExactly(new Change("fund-low-score", "Fund"));
    }

    @Test
    void the_actions_done_since_the_last_round_are_titled_by_the_report_that_knows_them() {
        ReportHistory history = Rounds.second("fr", Set.of("gov-committee", "fund-low-score"), Map.of())
                .history().orElseThrow();

        assertThat(history.actionsDone()).containsExactlyInAnyOrder(new Change("gov-committee", "Comité"),
                new Change("fund-low-score", "Financer"));
    }

    @Test
    void rounds_are_read_oldest_first_whatever_the_order_given() {
        PreviousRound older = new PreviousRound(LocalDate.of(2025, 11, 1), Rounds.first().evaluation());
        PreviousRound newer = new PreviousRound(Rounds.FIRST, Rounds.second().evaluation());
        ReportHistory history = ReportBuilder.build(Rounds.second().evaluation(), "fr", ReportContext
                .on(Rounds.SECOND).withProgress(ProgressInput.NONE.withPrevious(List.of(newer, older))))
                .history().orElseThrow();

        assertThat(history.rounds()).extracting(ReportHistory.Round::date)
                .containsExactly(LocalDate.of(2025, 11, 1), Rounds.FIRST, Rounds.SECOND);
        assertThat(history.phases().getFirst().points()).extracting(p -> p.percent().getAsDouble())
                .containsExactly(50.0, 100.0, 100.0);
        // compared with the last round only
        assertThat(history.phases().getFirst().trend()).isEqualTo(Trend.SAME);
        assertThat(history.appeared()).isEmpty();
    }

    @Test
    void a_round_of_a_version_without_the_phase_has_no_score_for_it_and_no_trend() {
        Scenario older = Scenario.of("""
                dimensions:
                  - id: identify
                    title: {fr: Identifier, en: Identify}
                    phase: identify
                    bands:
                      - {up_to: 50, level: emerging, label: {fr: Émergent, en: Emerging}, message: {fr: m, en: m}}
                      - {up_to: 100, level: established, label: {fr: Établi, en: Established}, message: {fr: m, en: m}}
                phases:
                  - id: identify
                    title: {fr: Identifier, en: Identify}
                    questions:
                      - {id: known, type: boolean, label: {fr: Connu, en: Known}, points: {identify: 1}}
                """).answer("known", true);
        ReportHistory history = ReportBuilder.build(Rounds.second().evaluation(), "en", ReportContext
                .on(Rounds.SECOND).withProgress(ProgressInput.NONE.withPrevious(List.of(new PreviousRound(
                        Rounds.FIRST, older.evaluation()))))).history().orElseThrow();

        assertThat(history.rounds().getFirst().questionnaireVersion()).isEqualTo("1.0.0");
        assertThat(history.phases().getFirst().trend()).isEqualTo(Trend.SAME);
        PhaseLine sustain = history.phases().get(1);
        assertThat(sustain.points().getFirst().percent()).isEmpty();
        assertThat(sustain.trend()).isEqualTo(Trend.UNKNOWN);
        assertThat(sustain.trendText()).isEqualTo("No level to compare");
    }

    @Test
    void the_synthesis_shows_the_gap_to_each_target() {
        Report report = Rounds.second("fr", Set.of(), Map.of("sustain", "solid", "identify", "established"));
        Report behind = ReportBuilder.build(Rounds.first().evaluation(), "en", ReportContext.on(Rounds.SECOND)
                .withProgress(ProgressInput.NONE.withTargets(Map.of("identify", "established"))));

        assertThat(report.summary().targets()).extracting(TargetGap::phaseId, TargetGap::gap, TargetGap::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("identify", 0, "atteinte"),
                        org.assertj.core.groups.Tuple.tuple("sustain", 0, "atteinte"));
        TargetGap gap = behind.summary().targets().getFirst();
        assertThat(gap.target()).isEqualTo(new Score.Level("established", "Established"));
        assertThat(gap.current()).contains(new Score.Level("developing", "Developing"));
        assertThat(gap.gap()).isEqualTo(1);
        assertThat(gap.text()).isEqualTo("+1 level");
        assertThat(behind.history()).isEmpty();
    }

    @Test
    void a_target_of_an_unknown_phase_or_level_is_refused_with_what_is_wrong() {
        var mini = Rounds.second().questionnaire();

        assertThat(Targets.problems(mini, Map.of("identify", "huge"))).containsExactly(
                "target of phase 'identify': no level 'huge' (its levels: emerging, developing, established)");
        assertThat(Targets.problems(mini, Map.of("nowhere", "solid"))).singleElement().asString()
                .contains("'nowhere'", "has no such phase");
        assertThatIllegalArgumentException().isThrownBy(() -> Rounds.second("fr", Set.of(),
                Map.of("identify", "huge"))).withMessageContaining("no level 'huge'");
    }
}
