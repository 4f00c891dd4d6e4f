package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same migrations and the same service on a real PostgreSQL server, the production database. Runs when
 * {@code PARCOURS_TEST_POSTGRES_URL} names one (CI starts it, see {@code .ci/run}); skipped visibly otherwise, and
 * failing under {@code CI=true} rather than skipping. The simultaneous starts empty the database's tables: give
 * it a database of its own, whose role may create databases (the restore test restores into a new one).
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class PostgresAssessmentTest {

    private static final String URL = System.getenv("PARCOURS_TEST_POSTGRES_URL");

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AssessmentErasure erasure;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (URL != null) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add("spring.datasource.username", PostgresAssessmentTest::user);
            registry.add("spring.datasource.password", PostgresAssessmentTest::password);
        }
    }

    @BeforeAll
    static void needsAServer() {
        if (URL == null) {
            skipOrFail("PARCOURS_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against");
        }
    }

    /** Skipped visibly on a developer machine; under {@code CI=true}, where .ci/run installs it all, a failure. */
    private static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + " (CI=true: .ci/run installs and starts what it needs)");
        }
        Assumptions.abort(reason);
    }

    @Test
    void a_round_taken_again_moves_the_link_keeps_the_previous_round_and_outlives_the_purge_on_postgresql() {
        AssessmentState first = service.start("mini", null, "fr");
        first = saved(service.answer(first.token(), "resource_type", 0, AnswerValue.of("data")));
        first = saved(service.answer(first.token(), "funding_needs", 0, AnswerValue.of(List.of("none"))));
        first = saved(service.answer(first.token(), "maintainers", 0, AnswerValue.of(1.0)));

        AssessmentState second = ((NextRound.Started) service.nextRound(first.token(), true)).state();
        jdbc.update("update assessment set updated_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusYears(3), first.id());

        assertThat(service.open(first.token().value()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(second.round().toConfirm()).containsExactlyInAnyOrder("resource_type", "funding_needs",
                "maintainers");
        assertThat(erasure.eraseUnchangedSince(java.time.Instant.now().minusSeconds(3600))).isZero();
        assertThat(service.earlierRounds(second)).singleElement()
                .satisfies(round -> assertThat(round.evaluation().answers().asMap()).hasSize(3));
        assertThat(erasure.erase(second.token())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from assessment where id in (?, ?)", Integer.class,
                first.id(), second.id())).isZero();
    }

    @Test
    void the_migrations_run_on_postgresql_and_an_assessment_round_trips() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

        AssessmentState state = service.start("mini", "Syndicat mixte « Numérique 29 »", "fr");
        state = saved(service.answer(state.token(), "resource_type", state.versionOf("resource_type"), AnswerValue.of("software")));
        state = saved(service.answer(state.token(), "funding_needs", state.versionOf("funding_needs"),
                AnswerValue.of(List.of("maintenance"))));
        state = saved(service.answer(state.token(), "maintainers", state.versionOf("maintainers"), AnswerValue.of(5.0)));
        state = saved(service.answer(state.token(), "vision", state.versionOf("vision"), AnswerValue.text("Ouvert à tous")));
        SaveOutcome stale = service.answer(state.token(), "resource_type", state.versionOf("resource_type") - 1, AnswerValue.of("data"));

        AssessmentState reopened = service.open(state.token().value()).orElseThrow();
        assertThat(stale).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(reopened.teamName()).contains("Syndicat mixte « Numérique 29 »");
        assertThat(reopened.answers().asMap()).hasSize(4)
                .containsEntry("resource_type", AnswerValue.of("software"))
                .containsEntry("vision", AnswerValue.text("Ouvert à tous"));
        assertThat(reopened.evaluation().isVisible("budget")).isTrue();
    }

    @Test
    void five_teams_starting_at_once_on_a_fresh_database_all_start_on_one_snapshot() throws Exception {
        assertThat(SimultaneousStarts.failures(service, jdbc)).isEmpty();

        assertThat(SimultaneousStarts.assessments(jdbc)).isEqualTo(SimultaneousStarts.TEAMS);
        assertThat(SimultaneousStarts.snapshots(jdbc)).isEqualTo(1);
    }

    @Test
    void erasing_a_diagnostic_removes_its_rows_and_leaves_a_shared_snapshot() {
        ErasureScenarios.erasing_removes_the_answers_the_assessment_and_its_unused_snapshot(service, erasure, jdbc);
        ErasureScenarios.a_snapshot_another_assessment_uses_stays(service, erasure, jdbc);
    }

    @Test
    void a_new_link_replaces_the_old_one_at_once() {
        ErasureScenarios.a_new_link_replaces_the_old_one_at_once(service, jdbc);
    }

    @Test
    void teams_starting_while_the_last_assessment_on_their_snapshot_is_erased_all_start() throws Exception {
        ErasureScenarios.starts_during_erasures_all_succeed(service, erasure, jdbc);
    }

    /**
     * The PostgreSQL backup and restore of docs/operations.md: pg_dump of the database, pg_restore into a new one,
     * and the diagnostic is there. Needs pg_dump and pg_restore on the PATH, and a role that may create a database.
     */
    @Test
    void a_database_dumped_and_restored_into_a_fresh_one_holds_the_diagnostics() throws Exception {
        for (String tool : List.of("pg_dump", "pg_restore")) {
            if (!onPath(tool)) skipOrFail(tool + " is not on the PATH: the PostgreSQL restore is not tested");
        }
        AssessmentState state = service.start("mini", "Communauté « sauvegardée »", "fr");
        saved(service.answer(state.token(), "maintainers", state.versionOf("maintainers"), AnswerValue.of(3.0)));
        URI server = URI.create(URL.substring("jdbc:".length()));
        String database = server.getPath().substring(1);
        String restored = database + "_restored";
        Path dump = Files.createTempFile("parcours", ".dump");
        jdbc.execute("drop database if exists " + restored);
        jdbc.execute("create database " + restored);
        try {
            pg("pg_dump", server, "--format=custom", "--no-owner", "--file=" + dump, database);
            pg("pg_restore", server, "--no-owner", "--dbname=" + restored, dump.toString());

            try (Connection c = DriverManager.getConnection(URL.replace("/" + database, "/" + restored), user(),
                    password())) {
                JdbcTemplate copy = new JdbcTemplate(new SingleConnectionDataSource(c, true));
                assertThat(copy.queryForObject("select team_name from assessment where token_hash = ?", String.class,
                        state.token().hash())).isEqualTo("Communauté « sauvegardée »");
                assertThat(copy.queryForObject("select a.value_json from answer a join assessment s on s.id = "
                        + "a.assessment_id where s.token_hash = ?", String.class, state.token().hash())).contains("3");
            }
        } finally {
            jdbc.execute("drop database if exists " + restored);
            Files.deleteIfExists(dump);
        }
    }

    private static void pg(String tool, URI server, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool, "--host=" + server.getHost(),
                "--port=" + (server.getPort() < 0 ? 5432 : server.getPort()), "--username=" + user()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("PGPASSWORD", password());
        assertThat(builder.start().waitFor()).as(String.join(" ", command)).isZero();
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    private static String user() {
        return System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_USER", "parcours_test");
    }

    private static String password() {
        return System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_PASSWORD", "parcours_test");
    }

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }
}
