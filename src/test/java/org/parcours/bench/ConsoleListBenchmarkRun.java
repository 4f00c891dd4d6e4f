package org.parcours.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentDirectory;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the operator console's list takes on 10,000 assessments: the first page, the last page, a filtered
 * page and the counts the grid asks for. Not a test (its name keeps it out of ordinary runs) and it asserts no
 * time; the figures go to docs/performance.md. Run:
 * {@code ./mvnw -B -o test -Dtest=ConsoleListBenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ConsoleListBenchmarkRun {

    private static final int ROWS = 10_000;
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    @Autowired
    private AssessmentService service;

    @Autowired
    private AssessmentDirectory directory;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void list_10000_assessments() {
        seed();
        AssessmentFilter finishedNamed = AssessmentFilter.all().withStatus(AssessmentFilter.Status.FINISHED)
                .withNamed(true).withQuestionnaire("mini", "1.0.0");
        report("first page (50 rows)", () -> directory.page(AssessmentFilter.all(), 0, 50));
        report("last page (50 rows, offset 9,950)", () -> directory.page(AssessmentFilter.all(), ROWS - 50, 50));
        report("count, no filter", () -> directory.count(AssessmentFilter.all()));
        report("filtered page (finished, named, version)", () -> directory.page(finishedNamed, 0, 50));
        report("filtered count", () -> directory.count(finishedNamed));
        report("versions (filter choices)", directory::versions);
    }

    private void seed() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        service.start("mini", "seed", "fr");
        long snapshot = jdbc.queryForObject("select snapshot_id from assessment", Long.class);
        String hash = jdbc.queryForObject("select content_hash from assessment", String.class);
        Random random = new Random(1);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i < ROWS; i++) {
            byte[] token = new byte[32];
            random.nextBytes(token);
            Timestamp created = Timestamp.from(start.plus(Duration.ofMinutes(i * 47L)));
            boolean complete = random.nextInt(3) == 0;
            rows.add(new Object[] {HexFormat.of().formatHex(token), snapshot, hash,
                    random.nextBoolean() ? "Équipe " + i : null, created, created, complete ? 6 : random.nextInt(6),
                    6, complete});
        }
        jdbc.batchUpdate("insert into assessment (token_hash, snapshot_id, questionnaire_id, questionnaire_version, "
                + "content_hash, team_name, locale, created_at, updated_at, answered_count, visible_count, complete) "
                + "values (?, ?, 'mini', '1.0.0', ?, ?, 'fr', ?, ?, ?, ?, ?)", rows);
    }

    /**
     * H2 hands back the previous result of an identical query while its tables are unchanged, so a row is
     * changed before every run (outside the time measured): each figure is a query actually executed.
     */
    private void report(String what, Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) query.get();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            jdbc.update("update assessment set locale = ? where id = (select min(id) from assessment)",
                    i % 2 == 0 ? "fr" : "en");
            long begin = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        System.out.printf("console list, %s: median %.2f ms, max %.2f ms (%d runs)%n", what,
                nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
    }
}
