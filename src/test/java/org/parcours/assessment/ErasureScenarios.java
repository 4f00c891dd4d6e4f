package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.parcours.engine.AnswerValue;
import org.springframework.jdbc.core.JdbcTemplate;

/** What erasing and renewing a link must do, run on H2 ({@link AssessmentErasureTest}) and on PostgreSQL. */
final class ErasureScenarios {

    private ErasureScenarios() {
    }

    static void erasing_removes_the_answers_the_assessment_and_its_unused_snapshot(
            AssessmentService service, AssessmentErasure erasure, JdbcTemplate jdbc) {
        AssessmentState state = answered(service, service.start("mini", "Équipe à effacer", "fr"));
        long snapshot = snapshotOf(jdbc, state);
        clearOtherAssessmentsOn(jdbc, snapshot, state.id());
        trackAnAction(jdbc, state.id());

        assertThat(erasure.erase(state.token())).isTrue();

        assertThat(service.open(state.token().value())).isEmpty();
        assertThat(count(jdbc, "select count(*) from answer where assessment_id = ?", state.id())).isZero();
        assertThat(count(jdbc, "select count(*) from assessment where id = ?", state.id())).isZero();
        assertThat(count(jdbc, "select count(*) from tracked_action where assessment_id = ?", state.id())).isZero();
        assertThat(count(jdbc, "select count(*) from tracked_action_change where assessment_id = ?", state.id()))
                .isZero();
        assertThat(count(jdbc, "select count(*) from questionnaire_snapshot where id = ?", snapshot)).isZero();
        assertThat(count(jdbc, "select count(*) from questionnaire_snapshot_file where snapshot_id = ?", snapshot))
                .isZero();
        assertThat(erasure.erase(state.id())).as("erasing again does nothing").isFalse();
        assertThat(service.start("mini", null, "fr").questionnaire().id()).as("a later start stores it again")
                .isEqualTo("mini");
    }

    static void a_snapshot_another_assessment_uses_stays(AssessmentService service, AssessmentErasure erasure,
                                                         JdbcTemplate jdbc) {
        AssessmentState erased = answered(service, service.start("mini", null, "fr"));
        AssessmentState kept = answered(service, service.start("mini", "Équipe gardée", "fr"));

        assertThat(erasure.eraseAll(List.of(erased.id(), erased.id()))).isEqualTo(1);

        AssessmentState reopened = service.open(kept.token().value()).orElseThrow();
        assertThat(reopened.answers().asMap()).containsEntry("maintainers", AnswerValue.of(3.0));
        assertThat(snapshotOf(jdbc, kept)).isEqualTo(snapshotOf(jdbc, kept));
        assertThat(count(jdbc, "select count(*) from questionnaire_snapshot_file where snapshot_id = ?",
                snapshotOf(jdbc, kept))).isPositive();
    }

    static void a_new_link_replaces_the_old_one_at_once(AssessmentService service, JdbcTemplate jdbc) {
        AssessmentState state = answered(service, service.start("mini", null, "fr"));

        ResumeToken renewed = service.renewLink(state.token()).orElseThrow();

        assertThat(renewed).isNotEqualTo(state.token());
        assertThat(service.open(state.token().value())).isEmpty();
        assertThat(service.answer(state.token(), "vision", 0, AnswerValue.text("par l’ancien lien")))
                .isInstanceOf(SaveOutcome.NotFound.class);
        AssessmentState reopened = service.open(renewed.value()).orElseThrow();
        assertThat(reopened.id()).isEqualTo(state.id());
        assertThat(reopened.answers().asMap()).containsEntry("maintainers", AnswerValue.of(3.0));
        assertThat(jdbc.queryForList("select token_hash from assessment", String.class))
                .contains(renewed.hash()).doesNotContain(state.token().hash(), renewed.value());
        assertThat(service.renewLink(state.token())).as("the old link renews nothing").isEmpty();
    }

    /**
     * Teams start while the last assessment on the questionnaire's snapshot is erased: every start succeeds and
     * every assessment left has its snapshot and its files.
     */
    static void starts_during_erasures_all_succeed(AssessmentService service, AssessmentErasure erasure,
                                                   JdbcTemplate jdbc) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Throwable> failures = new ArrayList<>();
        try {
            for (int round = 0; round < 10; round++) {
                List<Long> before = jdbc.queryForList("select id from assessment", Long.class);
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<?>> work = new ArrayList<>();
                work.add(pool.submit(() -> {
                    together.await();
                    return erasure.eraseAll(before);
                }));
                for (int team = 0; team < 3; team++) {
                    work.add(pool.submit(() -> {
                        together.await();
                        return service.start("mini", null, "fr");
                    }));
                }
                for (Future<?> done : work) {
                    try {
                        done.get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        assertThat(count(jdbc, "select count(*) from assessment a where not exists (select 1 from "
                + "questionnaire_snapshot_file f where f.snapshot_id = a.snapshot_id)")).isZero();
        jdbc.queryForList("select token_hash from assessment", String.class).forEach(hash ->
                assertThat(hash).hasSize(64));
    }

    private static AssessmentState answered(AssessmentService service, AssessmentState state) {
        SaveOutcome outcome = service.answer(state.token(), "maintainers", 0, AnswerValue.of(3.0));
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }

    /** A tracked plan action and a line of its history, as the tracker stores them (it sits above this package). */
    private static void trackAnAction(JdbcTemplate jdbc, long assessmentId) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.update("insert into tracked_action (assessment_id, action_id, status, owner, version, updated_at) "
                + "values (?, 'action-a', 'in_progress', 'la DSI', 1, ?)", assessmentId, now);
        jdbc.update("insert into tracked_action_change (assessment_id, action_id, field, after_value, changed_at) "
                + "values (?, 'action-a', 'status', 'in_progress', ?)", assessmentId, now);
    }

    private static long snapshotOf(JdbcTemplate jdbc, AssessmentState state) {
        return jdbc.queryForObject("select snapshot_id from assessment where id = ?", Long.class, state.id());
    }

    private static void clearOtherAssessmentsOn(JdbcTemplate jdbc, long snapshot, long keep) {
        jdbc.update("delete from team where snapshot_id = ?", snapshot);
        jdbc.update("delete from answer where assessment_id in (select id from assessment where snapshot_id = ? "
                + "and id <> ?)", snapshot, keep);
        jdbc.update("delete from assessment where snapshot_id = ? and id <> ?", snapshot, keep);
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
