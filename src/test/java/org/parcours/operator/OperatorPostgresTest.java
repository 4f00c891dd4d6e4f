package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.parcours.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator migrations (V40, V41, V52) and services on PostgreSQL, when {@code PARCOURS_TEST_POSTGRES_URL} names a
 * server (as {@code assessment.PostgresAssessmentTest}); skipped visibly otherwise, failing under {@code CI=true}.
 */
@SpringBootTest
class OperatorPostgresTest {

    @Autowired
    private OperatorAccounts accounts;

    @Autowired
    private AuditLog audit;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private RetentionChanges retentionChanges;

    @Autowired
    private org.parcours.assessment.RetentionSetting retention;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @BeforeAll
    static void needsAServer() {
        TestPostgres.required();
    }

    @Test
    void accounts_and_the_audit_log_round_trip_on_postgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        jdbc.update("delete from operator_account where name = 'pg-operator'");

        accounts.create("PG-Operator", "a password for postgres", OperatorRole.ADMIN);
        audit.record("pg-operator", AuditAction.SIGN_IN, "line\nbreak", "127.0.0.1");

        OperatorAccount stored = accounts.find("pg-operator").orElseThrow();
        assertThat(stored.role()).isEqualTo(OperatorRole.ADMIN);
        assertThat(encoder.matches("a password for postgres", stored.passwordHash())).isTrue();
        assertThat(audit.recent(0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("pg-operator");
            assertThat(entry.target()).contains("line?break");
        });
        assertThatThrownBy(() -> jdbc.update("insert into operator_account (name, password_hash, role, created_at, "
                + "updated_at) values ('x', 'y', 'ROOT', current_timestamp, current_timestamp)"))
                .hasMessageContaining("role");
    }

    @Test
    void the_retention_chosen_by_an_administrator_is_stored_replaced_and_forgotten_on_postgresql() {
        jdbc.update("delete from instance_setting");
        Operator ada = new Operator("pg-admin", OperatorRole.ADMIN);

        retentionChanges.choose(ada, "P6M", "127.0.0.1");
        retentionChanges.choose(ada, "P2Y", "127.0.0.1");
        assertThat(retention.inForce().toString()).isEqualTo("P2Y");
        assertThat(jdbc.queryForObject("select changed_by from instance_setting where name = 'retention'",
                String.class)).isEqualTo("pg-admin");

        retentionChanges.backToConfigured(ada, "127.0.0.1");
        assertThat(retention.chosen()).isEmpty();
        assertThat(jdbc.queryForList("select target from operator_audit where actor = 'pg-admin' order by id",
                String.class)).endsWith("retention P6M → P2Y", "retention P2Y → P18M (default)");
    }
}
