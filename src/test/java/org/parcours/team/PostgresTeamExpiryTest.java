package org.parcours.team;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The team expiry on a real PostgreSQL server, where {@code for update} locks the teams it erases. */
class PostgresTeamExpiryTest extends TeamExpiryTest {

    private static final String URL = System.getenv("PARCOURS_TEST_POSTGRES_URL");

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
        if (URL != null) return;
        String reason = "PARCOURS_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(reason + " (CI=true)");
        Assumptions.abort(reason);
    }
}
