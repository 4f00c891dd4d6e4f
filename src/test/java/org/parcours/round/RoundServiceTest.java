package org.parcours.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.ContentAnswers;
import org.parcours.assessment.EarlierRound;
import org.parcours.assessment.NextRound;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.report.ActionStatus;
import org.parcours.report.ProgressInput;
import org.parcours.report.Targets;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.tracker.ActionChange;
import org.parcours.tracker.TrackerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team takes its diagnostic again: the resume link opens the new round, the previous one stays as it was, the
 * carried answers wait for the team's confirmation, and the plan's follow-up and the targets come along.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=questionnaires")
class RoundServiceTest {

    private static final String QUESTIONNAIRE = "communs-numeriques";

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private RoundService rounds;

    @Autowired
    private TrackerService tracker;

    @Autowired
    private AssessmentErasure erasure;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TeamService teams;

    @Test
    void a_finished_diagnostic_taken_again_opens_round_two_by_the_same_link_prefilled_and_to_confirm() {
        AssessmentState first = finished("Commune de Test");

        NextRound.Started started = (NextRound.Started) rounds.start(first.token(), true);
        AssessmentState second = started.state();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(started.previousId()).isEqualTo(first.id());
        assertThat(second.round().number()).isEqualTo(2);
        assertThat(second.round().series()).isEqualTo(first.id());
        assertThat(second.answers().asMap()).isEqualTo(first.answers().asMap());
        assertThat(second.round().toConfirm()).containsExactlyInAnyOrderElementsOf(first.answers().asMap().keySet());
        assertThat(second.round().leftBehind()).isEmpty();
        assertThat(second.teamName()).contains("Commune de Test");
        AssessmentState reopened = assessments.open(first.token().value()).orElseThrow();
        assertThat(reopened.id()).as("the link opens the new round").isEqualTo(second.id());

        List<EarlierRound> earlier = rounds.earlier(reopened);
        assertThat(earlier).singleElement().satisfies(round -> {
            assertThat(round.number()).isEqualTo(1);
            assertThat(round.questionnaire().version()).isEqualTo(first.questionnaire().version());
            assertThat(round.evaluation().answers().asMap()).isEqualTo(first.answers().asMap());
        });
    }

    @Test
    void an_answer_saved_again_or_confirmed_is_no_longer_to_confirm_and_a_stale_confirmation_is_a_conflict() {
        AssessmentState second = ((NextRound.Started) rounds.start(finished(null).token(), true)).state();
        List<String> carried = List.copyOf(second.round().toConfirm());
        String confirmedOne = carried.get(0);
        String savedOne = carried.get(1);

        SaveOutcome confirmed = assessments.confirm(second.token(), confirmedOne, second.versionOf(confirmedOne));
        AssessmentState now = ((SaveOutcome.Saved) confirmed).state();
        assertThat(now.round().toConfirm(confirmedOne)).isFalse();
        assertThat(now.answers().get(confirmedOne)).isEqualTo(second.answers().get(confirmedOne));
        assertThat(now.versionOf(confirmedOne)).isGreaterThan(second.versionOf(confirmedOne));

        now = ((SaveOutcome.Saved) assessments.answer(now.token(), savedOne, now.versionOf(savedOne),
                now.answers().get(savedOne).orElseThrow())).state();
        assertThat(now.round().toConfirm(savedOne)).isFalse();
        assertThat(now.round().toConfirm()).hasSize(carried.size() - 2);

        assertThat(assessments.confirm(now.token(), confirmedOne, second.versionOf(confirmedOne)))
                .as("confirmed on a version that moved on").isInstanceOf(SaveOutcome.Conflict.class);
    }

    @Test
    void a_blank_round_starts_with_no_answer_and_the_previous_round_kept() {
        AssessmentState first = finished(null);

        AssessmentState second = ((NextRound.Started) rounds.start(first.token(), false)).state();

        assertThat(second.answers().asMap()).isEmpty();
        assertThat(second.round().toConfirm()).isEmpty();
        assertThat(rounds.earlier(second)).singleElement()
                .satisfies(round -> assertThat(round.evaluation().answers().asMap()).isNotEmpty());
    }

    @Test
    void an_unfinished_diagnostic_is_not_taken_again_and_a_second_request_finds_the_round_already_started() {
        AssessmentState unfinished = assessments.start(QUESTIONNAIRE, null, "fr");
        assertThat(rounds.start(unfinished.token(), true)).isInstanceOf(NextRound.NotFinished.class);
        assertThat(assessments.open(unfinished.token().value()).orElseThrow().id()).isEqualTo(unfinished.id());

        AssessmentState first = finished(null);
        rounds.start(first.token(), true);
        AssessmentState second = assessments.open(first.token().value()).orElseThrow();
        // The new round is prefilled, hence finished too: a request sent from a page still showing round 1 starts
        // round 3 only because the team asked twice; taken from round 2's own page it is round 3, as asked.
        assertThat(rounds.start(first.token(), true)).isInstanceOf(NextRound.Started.class);
        assertThat(assessments.open(first.token().value()).orElseThrow().round().number()).isEqualTo(3);
        assertThat(rounds.earlier(assessments.open(first.token().value()).orElseThrow()))
                .extracting(EarlierRound::number).containsExactly(1, 2);
        assertThat(second.round().number()).isEqualTo(2);
    }

    @Test
    void the_plan_follow_up_and_the_targets_come_along_and_the_progression_counts_what_was_done_since() {
        AssessmentState first = finished(null);
        String action = first.evaluation().plan().getFirst().id();
        String phase = first.questionnaire().phases().getFirst().id();
        String top = Targets.levels(first.questionnaire(), phase).getLast().level();
        assertThat(rounds.setTarget(first, phase, Optional.of(top))).isEmpty();
        assertThat(rounds.setTarget(first, phase, Optional.of("legendary")))
                .singleElement().asString().contains("legendary").contains(top);
        assertThat(rounds.targets(first)).isEqualTo(Map.of(phase, top));
        jdbc.update("update assessment set updated_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), first.id());
        tracker.change(first, action, 0, new ActionChange(ActionStatus.DONE, Optional.of("Awa"), Optional.empty(),
                Optional.empty()), Optional.empty());

        AssessmentState second = ((NextRound.Started) rounds.start(first.token(), true)).state();

        assertThat(tracker.tracking(second.id()).of(action).status()).isEqualTo(ActionStatus.DONE);
        assertThat(tracker.history(second.id(), action)).isNotEmpty();
        assertThat(rounds.targets(second)).isEqualTo(Map.of(phase, top));
        ProgressInput progress = rounds.progress(second);
        assertThat(progress.previous()).hasSize(1);
        assertThat(progress.targetLevels()).containsEntry(phase, top);
        assertThat(progress.actionsDone()).containsExactly(action);
        assertThat(rounds.setTarget(second, phase, Optional.empty())).isEmpty();
        assertThat(rounds.targets(second)).isEmpty();
    }

    @Test
    void erasing_by_the_link_erases_every_round_and_the_purge_keeps_a_round_while_its_series_lives() {
        AssessmentState first = finished(null);
        AssessmentState second = ((NextRound.Started) rounds.start(first.token(), true)).state();
        Instant yearsAgo = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
        jdbc.update("update assessment set updated_at = ? where id = ?",
                OffsetDateTime.ofInstant(yearsAgo, ZoneOffset.UTC), first.id());

        assertThat(erasure.eraseUnchangedSince(Instant.now().minus(30, ChronoUnit.DAYS)))
                .as("round 1 is old, round 2 is not").isZero();
        assertThat(count(first.id())).isEqualTo(1);

        assertThat(erasure.erase(second.token())).isTrue();
        assertThat(count(first.id()) + count(second.id())).isZero();
    }

    @Test
    void a_finished_team_diagnostic_taken_again_becomes_round_one_and_round_two_gets_a_link_of_its_own_once() {
        AssessmentState solo = finished("Atelier du réseau");
        TeamCreated team = teams.fromSolo(solo.token(), TeamMode.ATELIER, false).orElseThrow();

        NextRound.Started started = (NextRound.Started) rounds.startFromTeam(team.facilitator(), true);

        AssessmentState second = assessments.open(started.state().token().value()).orElseThrow();
        assertThat(second.token()).isNotEqualTo(solo.token());
        assertThat(second.round().number()).isEqualTo(2);
        assertThat(second.teamName()).contains("Atelier du réseau");
        assertThat(second.round().toConfirm()).containsExactlyInAnyOrderElementsOf(solo.answers().asMap().keySet());
        assertThat(rounds.earlier(second)).singleElement().satisfies(round -> {
            assertThat(round.evaluation().answers().asMap()).isEqualTo(solo.answers().asMap());
            assertThat(round.answeredAt()).isBeforeOrEqualTo(Instant.now());
        });
        assertThat(rounds.startFromTeam(team.facilitator(), true)).isInstanceOf(NextRound.AlreadyTakenAgain.class);
        assertThat(rounds.startFromTeam(team.invitation(), true)).as("only the facilitator")
                .isInstanceOf(NextRound.NotFound.class);
        TeamCreated unfinished = teams.fromSolo(assessments.start(QUESTIONNAIRE, null, "fr").token(),
                TeamMode.ATELIER, false).orElseThrow();
        assertThat(rounds.startFromTeam(unfinished.facilitator(), true)).isInstanceOf(NextRound.NotFinished.class);
    }

    private int count(long id) {
        return jdbc.queryForObject("select count(*) from assessment where id = ?", Integer.class, id);
    }

    /** The first team of the shipped content tests, every answer given. */
    private AssessmentState finished(String team) {
        AssessmentState state = ContentAnswers.answered(assessments, 0, team);
        assertThat(state.evaluation().complete()).isTrue();
        return state;
    }

    private AssessmentState answer(AssessmentState state, String question, AnswerValue value) {
        return ((SaveOutcome.Saved) assessments.answer(state.token(), question, state.versionOf(question), value))
                .state();
    }
}
