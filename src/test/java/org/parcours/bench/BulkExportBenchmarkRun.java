package org.parcours.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.AssessmentService;
import org.parcours.operator.Operator;
import org.parcours.operator.OperatorRole;
import org.parcours.operator.bulk.BulkExport;
import org.parcours.operator.bulk.BulkFormat;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk export of 10,000 assessments of the shipped questionnaire (random valid answers, ~80 % of questions
 * answered), in each format, into a stream that only counts bytes: the time, and the JVM's peak heap. Not a test
 * (its name keeps it out of ordinary runs), no timed assertion; the figures go to docs/performance.md. Run with a
 * small heap:
 * {@code ./mvnw -B -o test -Dtest=BulkExportBenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx128m}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"spring.autoconfigure.exclude="
        + "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
    // A database file, as the shipped default: an in-memory database would sit in the very heap being measured.
    "spring.datasource.url=jdbc:h2:file:./target/bench-bulk/parcours;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH"})
class BulkExportBenchmarkRun {

    private static final int ASSESSMENTS = 10_000;
    private static final Operator BENCH = new Operator("benchmark", OperatorRole.OPERATOR);

    @Autowired
    private AssessmentService service;

    @Autowired
    private BulkExport export;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void export_10000_assessments() throws IOException {
        Questionnaire questionnaire = seed();
        AssessmentFilter filter = AssessmentFilter.all().withQuestionnaire(questionnaire.id(), questionnaire.version());
        System.out.printf("bulk export: max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (BulkFormat format : BulkFormat.values()) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
            Counting out = new Counting();
            long begin = System.nanoTime();
            int rows = export.write(BENCH, filter, format, out, null);
            long millis = (System.nanoTime() - begin) / 1_000_000;
            System.out.printf("bulk export, %s: %d assessments in %d ms, %d KB written, peak heap %d MB%n", format,
                    rows, millis, out.bytes / 1024, peakHeap() / (1024 * 1024));
        }
    }

    private Questionnaire seed() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        Questionnaire questionnaire = service.start("communs-numeriques", "seed", "fr").questionnaire();
        long snapshot = jdbc.queryForObject("select snapshot_id from assessment", Long.class);
        jdbc.update("delete from assessment");
        Random random = new Random(1);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        List<Object[]> assessments = new ArrayList<>();
        for (int i = 0; i < ASSESSMENTS; i++) {
            byte[] token = new byte[32];
            random.nextBytes(token);
            Timestamp at = Timestamp.from(start.plus(Duration.ofMinutes(i * 47L)));
            assessments.add(new Object[] {HexFormat.of().formatHex(token), snapshot, questionnaire.id(),
                    questionnaire.version(), questionnaire.contentHash(), random.nextBoolean() ? "Équipe " + i : null,
                    at, at});
        }
        jdbc.batchUpdate("insert into assessment (token_hash, snapshot_id, questionnaire_id, questionnaire_version, "
                + "content_hash, team_name, locale, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'fr', ?, ?)",
                assessments);
        List<Long> ids = jdbc.queryForList("select id from assessment order by id", Long.class);
        List<Object[]> answers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (long id : ids) {
            for (Question question : questionnaire.questions()) {
                if (random.nextInt(5) == 0) continue;
                answers.add(new Object[] {id, question.id(), json(question, random), now});
            }
            if (answers.size() > 5_000) {
                insert(answers);
                answers.clear();
            }
        }
        insert(answers);
        return questionnaire;
    }

    private void insert(List<Object[]> answers) {
        jdbc.batchUpdate("insert into answer (assessment_id, question_id, value_json, updated_at) values (?, ?, ?, ?)",
                answers);
    }

    /** A valid answer as the stored JSON: an option id, option ids, a number in range, a boolean or a text. */
    private static String json(Question question, Random random) {
        List<Option> options = question.options();
        return switch (question.type()) {
            case SINGLE -> "\"" + options.get(random.nextInt(options.size())).id() + "\"";
            case MULTIPLE -> {
                List<String> chosen = new ArrayList<>();
                options.stream().filter(o -> !o.exclusive()).forEach(o -> {
                    if (random.nextBoolean()) chosen.add("\"" + o.id() + "\"");
                });
                yield "[" + String.join(",", chosen) + "]";
            }
            case SCALE -> {
                int min = (int) question.min().getAsDouble();
                int max = (int) question.max().getAsDouble();
                yield Integer.toString(min + random.nextInt(max - min + 1));
            }
            case NUMBER -> Long.toString((long) (question.min().orElse(0) + random.nextInt(100_000)));
            case BOOLEAN -> Boolean.toString(random.nextBoolean());
            case TEXT -> "\"" + "x".repeat(random.nextInt(Math.min(question.maxLength(), 200) + 1)) + "\"";
        };
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Discards what is written, counting it. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
