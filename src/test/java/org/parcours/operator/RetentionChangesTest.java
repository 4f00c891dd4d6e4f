package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.Retention;
import org.parcours.assessment.RetentionSetting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Changing the retention from the console: administrators only, each change in the audit log, before → after. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class RetentionChangesTest {

    private static final Operator ADA = new Operator("ada", OperatorRole.ADMIN);
    private static final Operator OLGA = new Operator("olga", OperatorRole.OPERATOR);

    @Autowired
    private RetentionChanges changes;

    @Autowired
    private RetentionSetting setting;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void configurationOnly() {
        jdbc.update("delete from instance_setting");
        jdbc.update("delete from operator_audit");
    }

    @Test
    void an_operator_may_not_change_the_retention_nor_put_the_default_back() {
        assertThatThrownBy(() -> changes.choose(OLGA, "P1D", "127.0.0.1")).isInstanceOf(AccessDeniedException.class);
        setting.choose(Retention.parse("P2Y"), "ada");
        assertThatThrownBy(() -> changes.backToConfigured(OLGA, "127.0.0.1"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(setting.inForce()).isEqualTo(Retention.parse("P2Y"));
        assertThat(jdbc.queryForObject("select count(*) from operator_audit", Integer.class)).isZero();
    }

    @Test
    void an_administrator_changes_it_and_puts_the_default_back_each_change_audited_before_and_after() {
        changes.choose(ADA, "P6M", "192.0.2.1");
        changes.choose(ADA, "P90D", "192.0.2.1");
        changes.backToConfigured(ADA, "192.0.2.1");

        assertThat(setting.inForce()).isEqualTo(setting.configured());
        assertThat(jdbc.queryForList("select target from operator_audit where actor = 'ada' and action = "
                + "'RETENTION_CHANGED' and client_address = '192.0.2.1' order by id", String.class))
                .containsExactly("retention P18M (default) → P6M", "retention P6M → P90D",
                        "retention P90D → P18M (default)");
    }

    @Test
    void a_retention_out_of_bounds_is_refused_stored_nowhere_and_audited_nowhere() {
        assertThatThrownBy(() -> changes.choose(ADA, "P11Y", "192.0.2.1"))
                .isInstanceOf(RetentionSetting.OutOfBounds.class);

        assertThat(setting.chosen()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from operator_audit", Integer.class)).isZero();
    }
}
