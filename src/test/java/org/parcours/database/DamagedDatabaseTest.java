package org.parcours.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A damaged H2 file, made for real: Parcours refuses to start on it with three lines and exit code 3, and
 * leaves the file exactly as it was. The refused starts run {@link Application} in a child JVM, as an operator
 * would.
 */
class DamagedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void an_empty_database_file_refuses_the_start_in_three_lines() throws Exception {
        Path file = Files.createFile(data.resolve("parcours.mv.db"));

        Start start = start();

        assertThat(start.exitCode()).isEqualTo(3);
        assertThat(start.output()).hasSize(3);
        assertThat(start.output().getFirst()).isEqualTo("parcours: the database file " + file.toAbsolutePath()
                + " is empty (0 bytes): Parcours does not start on it.");
        assertThat(start.output().get(1)).contains("restore your last backup", "docs/operations.md",
                "org.h2.tools.RunScript", "jdbc:h2:file:" + data.toAbsolutePath().resolve("parcours"));
        assertThat(start.output().get(2)).isEqualTo("parcours: nothing was changed; exit code 3.");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void garbage_in_the_database_file_refuses_the_start_and_leaves_the_file_as_it_was() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Path file = Files.write(data.resolve("parcours.mv.db"), garbage);

        Start start = start();

        assertThat(start.exitCode()).isEqualTo(3);
        assertThat(start.output()).hasSize(3);
        assertThat(start.output().getFirst()).startsWith("parcours: the database file " + file.toAbsolutePath()
                + " is damaged and cannot be read (");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void a_truncated_database_file_is_found_damaged_and_left_as_it_was() throws Exception {
        String url = databaseWith(2000);
        Path file = data.resolve("parcours.mv.db");
        byte[] whole = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);

        assertThat(check(url)).hasValueSatisfying(damage -> assertThat(damage.what()).startsWith("is damaged"));
        assertThat(Files.readAllBytes(file)).isEqualTo(half);
    }

    @Test
    void a_sound_database_passes_the_check() throws Exception {
        assertThat(check(databaseWith(10))).isEmpty();
    }

    @Test
    void the_data_folder_is_created_readable_by_its_owner_only() throws Exception {
        Path folder = data.resolve("new").resolve("data");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url",
                "jdbc:h2:file:" + folder.resolve("parcours") + H2Commands.SETTINGS)));

        new DatabaseFileCheck().postProcessEnvironment(environment, new SpringApplication(Application.class));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    /** A real H2 database in the data folder with that many rows of 1,000 characters; returns its URL. */
    private String databaseWith(int notes) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("parcours") + H2Commands.SETTINGS;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table note (id int primary key, body varchar(2000))");
            for (int i = 0; i < notes; i++) s.execute("insert into note values (" + i + ", repeat('x', 1000))");
        }
        return url;
    }

    private static java.util.Optional<Damage> check(String url) {
        return DatabaseFileCheck.damage(H2File.of(url).orElseThrow(), url, "sa", "");
    }

    private record Start(int exitCode, List<String> output) {
    }

    /** Starts Parcours in a child JVM on the data folder, as {@code java -jar} would; its output, stdout and stderr. */
    private Start start() throws IOException, InterruptedException {
        Path log = data.resolveSibling(data.getFileName() + ".out");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName(), "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("parcours") + H2Commands.SETTINGS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A start that is not refused would serve until stopped: it fails the test, it does not hang it.
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        List<String> output = Files.readAllLines(log).stream().filter(l -> !l.startsWith("WARNING:")).toList();
        Files.delete(log);
        return new Start(process.exitValue(), output);
    }
}
