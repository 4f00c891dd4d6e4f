package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Erasing from the console: administrators only, a whole filtered set at once, each one in the audit log. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ErasuresTest {

    private static final Operator ADA = new Operator("ada", OperatorRole.ADMIN);
    private static final Operator OLGA = new Operator("olga", OperatorRole.OPERATOR);

    @Autowired
    private Erasures erasures;

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        jdbc.update("delete from operator_audit");
    }

    @Test
    void an_operator_may_not_erase() {
        service.start("mini", "Équipe", "fr");
        long id = jdbc.queryForObject("select id from assessment", Long.class);

        assertThatThrownBy(() -> erasures.erase(OLGA, id, "127.0.0.1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasures.eraseAll(OLGA, AssessmentFilter.all(), "127.0.0.1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from operator_audit", Integer.class)).isZero();
    }

    @Test
    void an_administrator_erases_the_filtered_set_and_nothing_else_each_one_audited() {
        for (int i = 0; i < 205; i++) service.start("mini", null, "fr");
        service.start("mini", "Équipe nommée", "fr");

        int erased = erasures.eraseAll(ADA, AssessmentFilter.all().withNamed(false), "192.0.2.1");

        assertThat(erased).isEqualTo(205);
        assertThat(jdbc.queryForList("select team_name from assessment", String.class))
                .containsExactly("Équipe nommée");
        assertThat(jdbc.queryForObject("select count(*) from operator_audit where actor = 'ada' and action = "
                + "'ASSESSMENT_ERASED' and client_address = '192.0.2.1'", Integer.class)).isEqualTo(205);
    }
}
