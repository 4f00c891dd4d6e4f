package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** On its own H2 database, which the rounds empty: the other tests' assessments are not touched. */
@SpringBootTest(properties = {"parcours.questionnaires-dir=src/test/resources/questionnaires",
        "spring.datasource.url=jdbc:h2:mem:parcours-simultaneous-starts;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
class SimultaneousStartsTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void five_teams_starting_at_once_on_a_fresh_database_all_start_on_one_snapshot() throws Exception {
        assertThat(SimultaneousStarts.failures(service, jdbc)).isEmpty();

        assertThat(SimultaneousStarts.assessments(jdbc)).isEqualTo(SimultaneousStarts.TEAMS);
        assertThat(SimultaneousStarts.snapshots(jdbc)).isEqualTo(1);
    }
}
