package org.parcours.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs once the configuration is read and before anything opens the database. Creates the data folder private to
 * the user (0700: the assessments are the teams' own), and refuses an existing database file that is empty or
 * cannot be read: H2 would start a new, empty database on an empty file, every diagnostic silently gone.
 *
 * <p>The damaged file is only ever opened read-only, so nothing is repaired in place before someone has a copy.
 */
public class DatabaseFileCheck implements EnvironmentPostProcessor, Ordered {

    /** H2's error codes for a database another process holds, and for wrong credentials: not damage. */
    private static final Set<Integer> NOT_DAMAGE = Set.of(90020, 28000);

    /** Settings the read-only look replaces, so that it neither creates a database nor keeps it open. */
    private static final Set<String> OVERRIDDEN = Set.of("IFEXISTS", "ACCESS_MODE_DATA", "DB_CLOSE_DELAY");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        Optional<H2File> database = H2File.of(url);
        if (database.isEmpty()) return;
        createFolder(database.get().folder());
        Optional<Damage> damage = damage(database.get(), url, environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
        if (damage.isPresent()) throw new DamagedDatabaseException(damage.get());
    }

    /** After the configuration is read (application.properties, environment), whatever else comes later. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static void createFolder(Path folder) {
        if (folder == null || Files.isDirectory(folder)) return;
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
    }

    static Optional<Damage> damage(H2File database, String url, String user, String password) {
        Path file = database.dataFile();
        try {
            if (!Files.exists(file)) return Optional.empty();
            if (Files.size(file) == 0) return Optional.of(new Damage(database, "is empty (0 bytes)"));
        } catch (IOException e) {
            return Optional.of(new Damage(database, "cannot be read (" + e.getMessage() + ")"));
        }
        try (Connection connection = DriverManager.getConnection(readOnly(url), user, password)) {
            readEverything(connection);
            return Optional.empty();
        } catch (SQLException e) {
            if (NOT_DAMAGE.contains(e.getErrorCode())) return Optional.empty();
            String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return Optional.of(new Damage(database, "is damaged and cannot be read (" + reason + ")"));
        }
    }

    /**
     * H2 opens a truncated file when its latest chunk survived, and fails only when a page that was lost is read:
     * reading every row of every table now finds that before a team does. A few seconds at most for the sizes
     * Parcours reaches; a larger deployment belongs on PostgreSQL.
     */
    private static void readEverything(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_schema, table_name from information_schema.tables"
                     + " where table_type = 'BASE TABLE' and table_schema <> 'information_schema'")) {
            while (rows.next()) tables.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
        }
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select * from " + table)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) rows.getObject(column);
                }
            }
        }
    }

    private static String readOnly(String url) {
        String[] parts = url.split(";");
        String kept = Arrays.stream(parts).skip(1)
                .filter(s -> !OVERRIDDEN.contains(s.split("=", 2)[0].strip().toUpperCase(Locale.ROOT)))
                .map(s -> ";" + s).collect(Collectors.joining());
        return parts[0] + kept + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DB_CLOSE_DELAY=0";
    }
}
