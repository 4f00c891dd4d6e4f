package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same migrations and the same service on a real PostgreSQL server, the production database. Runs when
 * {@code PARCOURS_TEST_POSTGRES_URL} names one (CI starts it, see {@code .ci/run}); skipped visibly otherwise, and
 * failing under {@code CI=true} rather than skipping. The simultaneous starts empty the database's tables: give
 * it a database of its own.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class PostgresAssessmentTest {

    private static final String URL = System.getenv("PARCOURS_TEST_POSTGRES_URL");

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (URL != null) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add("spring.datasource.username",
                    () -> System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_USER", "parcours_test"));
            registry.add("spring.datasource.password",
                    () -> System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_PASSWORD", "parcours_test"));
        }
    }

    @BeforeAll
    static void needsAServer() {
        if (URL == null) {
            String reason = "PARCOURS_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: .ci/run starts one)");
            }
            Assumptions.abort(reason);
        }
    }

    @Test
    void theMigrationsRunOnPostgresqlAndAnAssessmentRoundTrips() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

        AssessmentState state = service.start("mini", "Syndicat mixte « Numérique 29 »", "fr");
        state = saved(service.answer(state.token(), state.version(), "resource_type", AnswerValue.of("software")));
        state = saved(service.answer(state.token(), state.version(), "funding_needs",
                AnswerValue.of(List.of("maintenance"))));
        state = saved(service.answer(state.token(), state.version(), "maintainers", AnswerValue.of(5.0)));
        state = saved(service.answer(state.token(), state.version(), "vision", AnswerValue.text("Ouvert à tous")));
        SaveOutcome stale = service.answer(state.token(), state.version() - 1, "resource_type", AnswerValue.of("data"));

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

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }
}
