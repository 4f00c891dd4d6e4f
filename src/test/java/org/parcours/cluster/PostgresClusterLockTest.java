package org.parcours.cluster;

import org.junit.jupiter.api.BeforeAll;
import org.parcours.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cluster lock's tests again on a real PostgreSQL server, where concurrent UPDATEs of the lock row wait for each
 * other and a failed INSERT spoils only its own statement. Runs when {@code PARCOURS_TEST_POSTGRES_URL} names one;
 * skipped visibly otherwise, and failing under {@code CI=true} rather than skipping.
 */
class PostgresClusterLockTest extends ClusterLockTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @BeforeAll
    static void needsAServer() {
        TestPostgres.required();
    }
}
