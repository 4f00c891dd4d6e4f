package org.parcours;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server a test runs against, named by {@code PARCOURS_TEST_POSTGRES_URL} (user and password
 * {@code parcours_test} unless {@code PARCOURS_TEST_POSTGRES_USER} / {@code _PASSWORD} say otherwise).
 */
public final class PostgresServer {

    private static final String URL = System.getenv("PARCOURS_TEST_POSTGRES_URL");

    private PostgresServer() {
    }

    /** Points the test's data source at the server, when there is one. */
    public static void register(DynamicPropertyRegistry registry) {
        if (URL == null) return;
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username",
                () -> System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_USER", "parcours_test"));
        registry.add("spring.datasource.password",
                () -> System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_PASSWORD", "parcours_test"));
    }

    /** Skips the test visibly without a server; under {@code CI=true}, where .ci/run starts one, fails it. */
    public static void needed() {
        if (URL != null) return;
        String reason = "PARCOURS_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(reason + " (CI=true)");
        Assumptions.abort(reason);
    }
}
