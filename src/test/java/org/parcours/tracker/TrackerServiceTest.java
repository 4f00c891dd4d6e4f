package org.parcours.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The tracker's rules on the real questionnaire and a real database: history, conflicts, overdue, limits. */
@SpringBootTest
class TrackerServiceTest {

    static final String MAP = "act-map-existing-commons";
    static final String CANVAS = "act-governance-canvas";

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private TrackerService tracker;

    @Autowired
    private AssessmentErasure erasure;

    private AssessmentState start() {
        return assessments.start("communs-numeriques", "", "fr");
    }

    @Test
    void every_field_a_change_moves_is_a_line_of_the_history_with_who_made_it() {
        AssessmentState state = start();

        ActionTracking first = saved(tracker.change(state, MAP, 0, change(ActionStatus.IN_PROGRESS, "la DSI", null,
                null), Optional.of("Awa")));
        ActionTracking second = saved(tracker.change(state, MAP, first.version(),
                change(ActionStatus.DONE, "la DSI", LocalDate.of(2027, 3, 31), "  Carte faite\u0007 "),
                Optional.empty()));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.note()).contains("Carte faite");
        List<TrackedChange> history = tracker.history(state.id(), MAP);
        assertThat(history).extracting(TrackedChange::field, TrackedChange::before, TrackedChange::after,
                        TrackedChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TrackedField.STATUS, Optional.empty(),
                                Optional.of("in_progress"), Optional.of("Awa")),
                        org.assertj.core.groups.Tuple.tuple(TrackedField.OWNER, Optional.empty(),
                                Optional.of("la DSI"), Optional.of("Awa")),
                        org.assertj.core.groups.Tuple.tuple(TrackedField.STATUS, Optional.of("in_progress"),
                                Optional.of("done"), Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(TrackedField.DUE, Optional.empty(),
                                Optional.of("2027-03-31"), Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(TrackedField.NOTE, Optional.empty(),
                                Optional.of("Carte faite"), Optional.empty()));
        assertThat(tracker.tracking(state.id()).of(MAP)).isEqualTo(second);
    }

    @Test
    void a_change_made_on_an_older_version_is_a_conflict_holding_the_values_now_saved() {
        AssessmentState state = start();
        ActionTracking mine = saved(tracker.change(state, MAP, 0, change(ActionStatus.IN_PROGRESS, "Awa", null, null),
                Optional.empty()));
        ActionTracking theirs = saved(tracker.change(state, MAP, mine.version(),
                change(ActionStatus.ABANDONED, "Awa", null, "pas pour nous"), Optional.empty()));

        TrackerOutcome late = tracker.change(state, MAP, mine.version(), change(ActionStatus.DONE, "Awa", null, null),
                Optional.empty());

        assertThat(late).isEqualTo(new TrackerOutcome.Conflict(MAP, theirs));
        assertThat(tracker.tracking(state.id()).of(MAP).status()).isEqualTo(ActionStatus.ABANDONED);
        assertThat(saved(tracker.change(state, MAP, theirs.version(), change(ActionStatus.DONE, "Awa", null, null),
                Optional.empty())).status()).as("named, the version now saved keeps one's own value knowingly")
                .isEqualTo(ActionStatus.DONE);
    }

    @Test
    void a_first_change_made_twice_on_an_untracked_action_conflicts_the_second_time() {
        AssessmentState state = start();
        saved(tracker.change(state, MAP, 0, change(ActionStatus.IN_PROGRESS, null, null, null), Optional.empty()));

        assertThat(tracker.change(state, MAP, 0, change(ActionStatus.DONE, null, null, null), Optional.empty()))
                .isInstanceOf(TrackerOutcome.Conflict.class);
    }

    @Test
    void changes_of_different_actions_never_conflict() {
        AssessmentState state = start();
        saved(tracker.change(state, MAP, 0, change(ActionStatus.IN_PROGRESS, null, null, null), Optional.empty()));

        assertThat(tracker.change(state, CANVAS, 0, change(ActionStatus.DONE, null, null, null), Optional.empty()))
                .isInstanceOf(TrackerOutcome.Saved.class);
        assertThat(tracker.tracking(state.id()).actions()).containsOnlyKeys(MAP, CANVAS);
    }

    @Test
    void an_action_due_before_today_is_overdue_until_done_or_abandoned() {
        AssessmentState state = start();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        ActionTracking late = saved(tracker.change(state, MAP, 0, change(ActionStatus.IN_PROGRESS, null, yesterday,
                null), Optional.empty()));
        saved(tracker.change(state, CANVAS, 0, change(ActionStatus.TO_START, null,
                LocalDate.now(ZoneOffset.UTC), null), Optional.empty()));

        assertThat(tracker.overdue(state.id())).containsExactly(MAP);

        saved(tracker.change(state, MAP, late.version(), change(ActionStatus.ABANDONED, null, yesterday, null),
                Optional.empty()));
        assertThat(tracker.overdue(state.id())).isEmpty();
    }

    @Test
    void too_long_texts_an_unknown_action_and_an_absurd_date_are_refused_and_nothing_is_kept() {
        AssessmentState state = start();

        TrackerOutcome refused = tracker.change(state, MAP, 0, change(ActionStatus.DONE, "é".repeat(201),
                LocalDate.of(20266, 1, 1), "n".repeat(2001)), Optional.of("m".repeat(101)));

        assertThat(refused).isEqualTo(new TrackerOutcome.Refused(List.of(TrackerProblem.OWNER_TOO_LONG,
                TrackerProblem.NOTE_TOO_LONG, TrackerProblem.NAME_TOO_LONG, TrackerProblem.DUE_OUT_OF_RANGE)));
        assertThat(tracker.change(state, "gov-association'; --", 0, change(ActionStatus.DONE, null, null, null),
                Optional.empty())).isEqualTo(new TrackerOutcome.Refused(List.of(TrackerProblem.UNKNOWN_ACTION)));
        assertThat(tracker.tracking(state.id()).actions()).isEmpty();
        assertThat(tracker.change(state, MAP, 0, change(ActionStatus.DONE, "é".repeat(200), null, "n".repeat(2000)),
                Optional.of("m".repeat(100)))).as("at the limits").isInstanceOf(TrackerOutcome.Saved.class);
    }

    @Test
    void the_same_values_again_store_nothing_and_move_no_version() {
        AssessmentState state = start();
        ActionTracking once = saved(tracker.change(state, MAP, 0, change(ActionStatus.DONE, "Awa", null, null),
                Optional.empty()));
        long revision = tracker.tracking(state.id()).revision();

        assertThat(saved(tracker.change(state, MAP, once.version(), change(ActionStatus.DONE, " Awa ", null, ""),
                Optional.empty()))).isEqualTo(once);
        assertThat(tracker.tracking(state.id()).revision()).isEqualTo(revision).isPositive();
        assertThat(saved(tracker.change(state, CANVAS, 0, change(ActionStatus.TO_START, null, null, null),
                Optional.empty())).version()).as("untouched stays untracked").isZero();
    }

    @Test
    void done_since_lists_the_actions_done_now_from_that_moment_on() throws InterruptedException {
        AssessmentState state = start();
        ActionTracking before = saved(tracker.change(state, CANVAS, 0, change(ActionStatus.DONE, null, null, null),
                Optional.empty()));
        Thread.sleep(5);
        Instant lastRound = Instant.now();
        Thread.sleep(5);
        saved(tracker.change(state, MAP, 0, change(ActionStatus.DONE, null, null, null), Optional.empty()));
        ActionTracking reopened = saved(tracker.change(state, CANVAS, before.version(),
                change(ActionStatus.IN_PROGRESS, null, null, null), Optional.empty()));

        assertThat(tracker.doneSince(state.id(), lastRound)).extracting(DoneAction::actionId).containsExactly(MAP);

        saved(tracker.change(state, CANVAS, reopened.version(), change(ActionStatus.DONE, null, null, null),
                Optional.empty()));
        assertThat(tracker.doneSince(state.id(), lastRound)).extracting(DoneAction::actionId)
                .containsExactly(MAP, CANVAS);
    }

    @Test
    void a_new_round_carries_the_tracked_actions_and_their_history_once() {
        AssessmentState round1 = start();
        AssessmentState round2 = start();
        ActionTracking done = saved(tracker.change(round1, MAP, 0, change(ActionStatus.DONE, "Awa",
                LocalDate.of(2027, 1, 15), "faite"), Optional.of("Awa")));

        assertThat(tracker.copy(round1.id(), round2.id())).isTrue();
        assertThat(tracker.copy(round1.id(), round2.id())).as("twice copies once").isFalse();

        assertThat(tracker.tracking(round2.id()).of(MAP)).isEqualTo(done);
        assertThat(tracker.history(round2.id(), MAP)).isEqualTo(tracker.history(round1.id(), MAP));
        assertThat(tracker.change(round2, MAP, done.version(), change(ActionStatus.IN_PROGRESS, "Awa", null, null),
                Optional.empty())).isInstanceOf(TrackerOutcome.Saved.class);
        assertThat(tracker.tracking(round1.id()).of(MAP)).as("round 1 keeps its own").isEqualTo(done);
    }

    @Test
    void an_erased_assessment_takes_its_tracker_along() {
        AssessmentState state = start();
        ActionTracking done = saved(tracker.change(state, MAP, 0, change(ActionStatus.DONE, null, null, null),
                Optional.empty()));

        erasure.erase(state.id());

        assertThat(tracker.tracking(state.id()).actions()).isEmpty();
        assertThat(tracker.history(state.id(), MAP)).isEmpty();
        assertThat(tracker.change(state, MAP, done.version(), change(ActionStatus.TO_START, null, null, null),
                Optional.empty())).isEqualTo(new TrackerOutcome.NotFound());
    }

    @Test
    void the_plan_sheet_reference_names_one_assessment_and_not_its_link() {
        AssessmentState one = start();
        AssessmentState other = start();

        String reference = tracker.tracking(one.id()).sheetReference().orElseThrow();

        assertThat(reference).startsWith("P-").hasSize(18).isEqualTo(tracker.tracking(one.id()).sheetReference()
                .orElseThrow()).isNotEqualTo(tracker.tracking(other.id()).sheetReference().orElseThrow());
        assertThat(reference).doesNotContain(one.token().value());
    }

    static ActionChange change(ActionStatus status, String owner, LocalDate due, String note) {
        return new ActionChange(status, Optional.ofNullable(owner), Optional.ofNullable(due),
                Optional.ofNullable(note));
    }

    static ActionTracking saved(TrackerOutcome outcome) {
        assertThat(outcome).isInstanceOf(TrackerOutcome.Saved.class);
        return ((TrackerOutcome.Saved) outcome).now();
    }
}
