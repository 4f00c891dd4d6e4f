package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code parcours admin create-user}: the account lands in the application's database with a bcrypt hash, the
 * password read from the standard input and never printed; every mistake is one line and exit code 2.
 */
class AdminCommandTest {

    /** A database file of its own, as in production: the command opens it, migrates it and closes it. */
    @TempDir
    static Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return AdminCommand.run(Application.class, args, null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("spring.datasource.url", url()));
    }

    private static String url() {
        return "jdbc:h2:file:" + folder.resolve("parcours") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    @Test
    void create_user_stores_a_bcrypt_hash_of_the_password_read_from_stdin_and_audits_it() throws Exception {
        assertThat(run("un mot de passe très long\n", "admin", "create-user", "Camille", "--role", "ADMIN"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("operator 'camille' created with role ADMIN\n")
                .doesNotContain("très long");
        try (Connection db = DriverManager.getConnection(url(), "sa", "");
                ResultSet row = db.createStatement().executeQuery(
                        "select password_hash, role from operator_account where name = 'camille'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).startsWith("$2a$").doesNotContain("très long");
            assertThat(new BCryptPasswordEncoder().matches("un mot de passe très long", row.getString(1))).isTrue();
            assertThat(row.getString(2)).isEqualTo("ADMIN");
        }
        try (Connection db = DriverManager.getConnection(url(), "sa", "");
                ResultSet row = db.createStatement().executeQuery(
                        "select action, target from operator_audit where action = 'ACCOUNT_CREATED'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(2)).isEqualTo("camille ADMIN");
        }
    }

    @Test
    void a_name_that_exists_already_is_refused_whatever_its_case() {
        assertThat(run("another long password\n", "admin", "create-user", "dominique", "--role=OPERATOR")).isZero();

        assertThat(run("another long password\n", "admin", "create-user", "Dominique", "--role", "ADMIN"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("parcours: an operator named 'dominique' exists already\n");
    }

    @Test
    void a_short_password_is_refused_before_the_database_is_opened() {
        assertThat(run("short\n", "admin", "create-user", "eve", "--role", "OPERATOR")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("parcours: the password is shorter than 12 characters\n");
    }

    @Test
    void usage_mistakes_are_one_line_each() {
        assertThat(run("", "admin", "create-user", "eve")).isEqualTo(2);
        assertThat(run("", "admin", "create-user", "eve", "--role", "ROOT")).isEqualTo(2);
        assertThat(run("", "admin", "create-user", "--role", "ADMIN")).isEqualTo(2);
        assertThat(run("", "admin", "create-user", "é!", "--role", "ADMIN")).isEqualTo(2);
        assertThat(run("", "admin", "create-user", "eve", "--role", "ADMIN")).isEqualTo(2);
        assertThat(run("", "admin", "drop-everything")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "parcours: create-user needs --role ADMIN or --role OPERATOR",
                "parcours: --role 'ROOT' is neither ADMIN nor OPERATOR",
                "parcours: create-user needs the operator's name; usage: " + AdminCommand.USAGE,
                "parcours: the operator name 'é!' may only hold letters, digits and . _ @ - (and starts with a "
                        + "letter or digit)",
                "parcours: no password on the standard input (one line expected)",
                "parcours: unknown admin subcommand 'drop-everything'; usage: " + AdminCommand.USAGE);
    }

    @Test
    void hash_password_prints_a_bcrypt_hash_for_the_configuration() {
        assertThat(run("a password for the config\n", "admin", "hash-password")).isZero();

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(AccountRules.isBcrypt(hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("a password for the config", hash)).isTrue();
    }
}
