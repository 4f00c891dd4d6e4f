package org.parcours.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Teams pressing « Commencer » at the same moment on a database that has no snapshot of the questionnaire yet,
 * as on a fresh database or just after the questionnaire changed. A barrier releases every start together, and
 * the rounds repeat the race so that an unsafe check-then-insert loses it at least once.
 */
final class SimultaneousStarts {

    static final int TEAMS = 5;
    static final int ROUNDS = 8;

    private SimultaneousStarts() {
    }

    /** Every start that failed, over all the rounds (empty when all of them started). */
    static List<Throwable> failures(AssessmentService service, JdbcTemplate jdbc) throws InterruptedException {
        List<Throwable> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(TEAMS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                forgetEverySnapshot(jdbc);
                CyclicBarrier together = new CyclicBarrier(TEAMS);
                List<Future<AssessmentState>> starts = new ArrayList<>();
                for (int team = 0; team < TEAMS; team++) {
                    String name = "Équipe " + round + "-" + team;
                    starts.add(pool.submit(() -> {
                        together.await();
                        return service.start("mini", name, "fr");
                    }));
                }
                for (Future<AssessmentState> start : starts) {
                    try {
                        start.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    static int snapshots(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from questionnaire_snapshot", Integer.class);
    }

    static int assessments(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from assessment", Integer.class);
    }

    private static void forgetEverySnapshot(JdbcTemplate jdbc) {
        jdbc.update("delete from team");
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        jdbc.update("delete from questionnaire_snapshot_file");
        jdbc.update("delete from questionnaire_snapshot");
    }
}
