package org.parcours.team;

import org.junit.jupiter.api.BeforeAll;
import org.parcours.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The team expiry on a real PostgreSQL server, where {@code for update} locks the teams it erases. */
class PostgresTeamExpiryTest extends TeamExpiryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @BeforeAll
    static void needsAServer() {
        TestPostgres.required();
    }
}
