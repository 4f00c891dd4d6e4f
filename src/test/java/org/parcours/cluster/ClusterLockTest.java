package org.parcours.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes sharing a database and the {@code scheduled_lock} table: a job runs on one node at a time, is not run
 * again in the same period by a node that comes a little later, and is freed when its holder died holding it.
 * Here on H2; {@link PostgresClusterLockTest} runs the same on PostgreSQL.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ClusterLockTest {

    private static final Duration LONG = Duration.ofMinutes(10);
    private static final Duration NONE = Duration.ZERO;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void of_two_nodes_calling_at_the_same_instant_one_runs_the_job() throws Exception {
        ClusterLock a = node("a");
        ClusterLock b = node("b");
        for (int round = 0; round < 20; round++) {
            String name = freshName();
            AtomicInteger runs = new AtomicInteger();
            Runnable job = () -> {
                runs.incrementAndGet();
                pause(Duration.ofMillis(50));
            };

            List<Boolean> ran = atOnce(() -> a.runExclusively(name, LONG, NONE, job),
                    () -> b.runExclusively(name, LONG, NONE, job));

            assertThat(runs).as("round %d", round).hasValue(1);
            assertThat(ran).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void a_node_coming_later_in_the_same_period_finds_the_job_done() {
        String name = freshName();
        AtomicInteger runs = new AtomicInteger();

        assertThat(node("a").runExclusively(name, LONG, Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(node("b").runExclusively(name, LONG, Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
        assertThat(node("a").runExclusively(name, LONG, Duration.ofMinutes(5), runs::incrementAndGet))
                .as("nor the same node again").isFalse();

        assertThat(runs).hasValue(1);
        assertThat(node("b").holder(name)).contains("a");
    }

    @Test
    void once_the_period_is_over_any_node_may_run_it_again() {
        String name = freshName();
        AtomicInteger runs = new AtomicInteger();
        Duration atLeast = Duration.ofMillis(300);

        assertThat(node("a").runExclusively(name, LONG, atLeast, runs::incrementAndGet)).isTrue();
        pause(atLeast.plusMillis(200));

        assertThat(node("b").runExclusively(name, LONG, atLeast, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
        assertThat(node("a").holder(name)).contains("b");
    }

    @Test
    void a_lock_whose_holder_died_is_free_once_its_longest_hold_is_over() {
        String name = freshName();
        Duration atMost = Duration.ofMillis(300);
        // The holder's process was killed during its job: it never released the lock.
        jdbc.update("insert into scheduled_lock (name, locked_until, locked_at, locked_by) values (?, "
                + "current_timestamp + interval '10' minute, current_timestamp, 'killed')", name);
        AtomicInteger runs = new AtomicInteger();

        assertThat(node("b").runExclusively(name, atMost, NONE, runs::incrementAndGet)).isFalse();
        jdbc.update("update scheduled_lock set locked_until = current_timestamp where name = ?", name);
        assertThat(node("b").runExclusively(name, atMost, NONE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_job_that_fails_releases_the_lock_and_says_why() {
        String name = freshName();
        ClusterLock a = node("a");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.runExclusively(name, LONG, NONE, () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");

        assertThat(node("b").runExclusively(name, LONG, NONE, () -> { })).as("freed at once").isTrue();
    }

    private ClusterLock node(String name) {
        return new ClusterLock(jdbc, new NodeName(name));
    }

    private static String freshName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SafeVarargs
    private static List<Boolean> atOnce(java.util.concurrent.Callable<Boolean>... callers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(callers.length);
        ExecutorService pool = Executors.newFixedThreadPool(callers.length);
        try {
            List<Future<Boolean>> results = java.util.Arrays.stream(callers).map(caller -> pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return caller.call();
            })).toList();
            List<Boolean> ran = new java.util.ArrayList<>();
            for (Future<Boolean> result : results) {
                ran.add(result.get(30, TimeUnit.SECONDS));
            }
            return ran;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
