package org.parcours.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.parcours.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty PostgreSQL database for one cluster run, on the server {@code PARCOURS_TEST_POSTGRES_URL} names,
 * made by the test's role (which may create databases) and dropped afterwards.
 */
final class ClusterDatabase implements AutoCloseable {

    private final String server;
    private final String name;
    final JdbcTemplate jdbc;

    private ClusterDatabase(String server, String name) {
        this.server = server;
        this.name = name;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()));
    }

    static ClusterDatabase create() throws SQLException {
        String server = TestPostgres.URL.substring(0, TestPostgres.URL.lastIndexOf('/') + 1);
        String name = "parcours_cluster_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(TestPostgres.URL, TestPostgres.user(),
                TestPostgres.password())) {
            admin.createStatement().execute("create database " + name);
        }
        return new ClusterDatabase(server, name);
    }

    String url() {
        return server + name;
    }

    String user() {
        return TestPostgres.user();
    }

    String password() {
        return TestPostgres.password();
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestPostgres.URL, user(), password())) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }
}
