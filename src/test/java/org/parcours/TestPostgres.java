package org.parcours;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server the tests may use: {@code PARCOURS_TEST_POSTGRES_URL} names its database (CI starts it,
 * see {@code .ci/run}), {@code PARCOURS_TEST_POSTGRES_USER}/{@code _PASSWORD} its role ({@code parcours_test} by
 * default). Without it a test is skipped visibly, and fails under {@code CI=true} rather than skipping.
 */
public final class TestPostgres {

    public static final String URL = System.getenv("PARCOURS_TEST_POSTGRES_URL");

    private TestPostgres() {
    }

    /** Points the Spring context at the server, when there is one. */
    public static void register(DynamicPropertyRegistry registry) {
        if (URL != null) {
            registry.add("spring.datasource.url", () -> URL);
            registry.add("spring.datasource.username", TestPostgres::user);
            registry.add("spring.datasource.password", TestPostgres::password);
        }
    }

    /** Skips the test visibly without a server; under {@code CI=true}, fails instead. */
    public static void required() {
        if (URL != null) return;
        skipOrFail("PARCOURS_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against");
    }

    /** Skips visibly for this reason; under {@code CI=true}, where .ci/run installs it all, a failure instead. */
    public static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + " (CI=true: .ci/run installs and starts what the tests need)");
        }
        Assumptions.abort(reason);
    }

    public static String user() {
        return System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_USER", "parcours_test");
    }

    public static String password() {
        return System.getenv().getOrDefault("PARCOURS_TEST_POSTGRES_PASSWORD", "parcours_test");
    }
}
