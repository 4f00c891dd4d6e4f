package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Abandoned assessments are erased once they outlive the retention counted from their last change. */
class PurgeTest {

    @Test
    void a_retention_is_an_iso_period_or_duration_longer_than_zero() {
        assertThat(Retention.parse("P18M").months()).isEqualTo(18);
        assertThat(Retention.parse("P18M").years()).isZero();
        assertThat(Retention.parse("P2Y").years()).isEqualTo(2);
        assertThat(Retention.parse("pt36h").days()).isEqualTo(1);
        assertThat(Retention.parse("PT36H").hours()).isEqualTo(12);
        assertThat(Retention.parse("P18M").cutoff(Instant.parse("2026-12-02T10:00:00Z")))
                .isEqualTo(Instant.parse("2025-06-02T10:00:00Z"));
        for (String wrong : List.of("18 months", "P0D", "-P1M", "PT-5H", "")) {
            assertThatThrownBy(() -> Retention.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parcours.retention").hasMessageContaining("P18M");
        }
    }

    @Nested
    @SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
    class WithTheDefaultRetention {

        @Autowired
        private AssessmentService service;

        @Autowired
        private AssessmentPurge purge;

        @Autowired
        private JdbcTemplate jdbc;

        @BeforeEach
        void purgeWhatOtherTestsLeftOld() {
            purge.purge();
        }

        @Test
        void the_default_keeps_an_assessment_18_months_after_its_last_change() {
            assertThat(service.retention()).isEqualTo(Retention.parse("P18M"));
            AssessmentState expired = changedMonthsAgo(service.start("mini", "Abandonnée", "fr"), 19);
            AssessmentState kept = changedMonthsAgo(service.start("mini", "Encore là", "fr"), 17);
            AssessmentState fresh = service.start("mini", null, "fr");

            assertThat(purge.purge()).isEqualTo(1);

            assertThat(service.open(expired.token().value())).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from answer where assessment_id = ?", Integer.class,
                    expired.id())).isZero();
            assertThat(service.open(kept.token().value()).orElseThrow().answers().get("maintainers"))
                    .contains(AnswerValue.of(3.0));
            assertThat(service.open(fresh.token().value())).isPresent();
            assertThat(purge.purge()).as("purging again").isZero();
        }

        @Test
        void following_up_the_plan_is_a_change_that_keeps_the_assessment() {
            AssessmentState following = changedMonthsAgo(service.start("mini", "Suit son plan", "fr"), 19);
            jdbc.update("insert into tracked_action_change (assessment_id, action_id, field, after_value, changed_at)"
                    + " values (?, 'act-first', 'status', 'done', ?)", following.id(), monthsAgo(1));

            purge.purge();

            assertThat(service.open(following.token().value())).isPresent();
        }

        @Test
        void two_servers_purging_at_once_erase_each_assessment_once_and_fail_on_nothing() throws Exception {
            List<AssessmentState> expired = new ArrayList<>();
            for (int i = 0; i < AssessmentErasure.BATCH + 20; i++) expired.add(service.start("mini", null, "fr"));
            jdbc.update("update assessment set updated_at = ? where id >= ?", monthsAgo(24), expired.getFirst().id());

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> runs = List.of(pool.submit(() -> { together.await(); return purge.purge(); }),
                        pool.submit(() -> { together.await(); return purge.purge(); }));
                int erased = 0;
                for (Future<Integer> run : runs) erased += run.get(120, TimeUnit.SECONDS);
                assertThat(erased).isEqualTo(expired.size());
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject("select count(*) from assessment where id >= ?", Integer.class,
                    expired.getFirst().id())).isZero();
        }

        @Test
        void the_scheduled_purge_runs_once_a_period_whichever_node_fires_first() {
            jdbc.update("delete from scheduled_lock where name = ?", AssessmentPurge.LOCK);
            AssessmentState first = changedMonthsAgo(service.start("mini", null, "fr"), 20);

            purge.scheduled();
            AssessmentState second = changedMonthsAgo(service.start("mini", null, "fr"), 20);
            purge.scheduled();

            assertThat(service.open(first.token().value())).as("erased by the first run").isEmpty();
            assertThat(service.open(second.token().value())).as("left for the next period").isPresent();
            assertThat(jdbc.queryForObject("select count(*) from scheduled_lock where name = ? and locked_until > "
                    + "current_timestamp + interval '50' minute", Integer.class, AssessmentPurge.LOCK))
                    .as("held for nine tenths of the hour").isOne();
            jdbc.update("delete from scheduled_lock where name = ?", AssessmentPurge.LOCK);
        }

        @Test
        void an_assessment_changed_just_before_the_purge_is_kept() {
            AssessmentState old = changedMonthsAgo(service.start("mini", null, "fr"), 20);
            service.answer(old.token(), "vision", 0, AnswerValue.text("revenus"));

            assertThat(purge.purge()).isZero();
            assertThat(service.open(old.token().value())).isPresent();
        }

        private AssessmentState changedMonthsAgo(AssessmentState state, int months) {
            service.answer(state.token(), "maintainers", 0, AnswerValue.of(3.0));
            jdbc.update("update assessment set updated_at = ? where id = ?", monthsAgo(months), state.id());
            return state;
        }
    }

    @Nested
    @SpringBootTest(properties = {"parcours.questionnaires-dir=src/test/resources/questionnaires",
            "parcours.retention=P30D"})
    class WithAConfiguredRetention {

        @Autowired
        private AssessmentService service;

        @Autowired
        private AssessmentPurge purge;

        @Autowired
        private JdbcTemplate jdbc;

        @Test
        void parcours_retention_sets_how_long() {
            AssessmentState expired = service.start("mini", null, "fr");
            AssessmentState kept = service.start("mini", null, "fr");
            jdbc.update("update assessment set updated_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(31), expired.id());
            jdbc.update("update assessment set updated_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusDays(29), kept.id());

            purge.purge();

            assertThat(service.retention().days()).isEqualTo(30);
            assertThat(service.open(expired.token().value())).isEmpty();
            assertThat(service.open(kept.token().value())).isPresent();
        }
    }

    private static OffsetDateTime monthsAgo(int months) {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(Period.ofMonths(months));
    }
}
