package org.parcours.tracker;

import org.junit.jupiter.api.BeforeAll;
import org.parcours.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every tracker test again on a real PostgreSQL server ({@link PostgresServer}), its migration included. */
class PostgresTrackerTest extends TrackerServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }

    @BeforeAll
    static void needsAServer() {
        PostgresServer.needed();
    }
}
