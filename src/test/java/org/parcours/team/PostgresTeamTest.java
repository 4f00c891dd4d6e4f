package org.parcours.team;

import org.junit.jupiter.api.BeforeAll;
import org.parcours.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every team service test again on a real PostgreSQL server, where a failed statement spoils its transaction and
 * concurrent updates wait for row locks. Runs when {@code PARCOURS_TEST_POSTGRES_URL} names one; skipped visibly
 * otherwise, and failing under {@code CI=true} rather than skipping.
 */
class PostgresTeamTest extends TeamServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @BeforeAll
    static void needsAServer() {
        TestPostgres.required();
    }
}
