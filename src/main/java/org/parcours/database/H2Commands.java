package org.parcours.database;

import java.util.ArrayList;
import java.util.List;

/**
 * The H2 tools that back up and restore Parcours' database, run from the Parcours jar itself (it carries H2): the
 * commands docs/operations.md documents and the start-up message quotes. Both need Parcours stopped: H2 lets
 * one process at a time open the file.
 */
final class H2Commands {

    /** The settings Parcours opens its database with; a restored database must be created with the same. */
    static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    static final String BACKUP_TOOL = "org.h2.tools.Script";
    static final String RESTORE_TOOL = "org.h2.tools.RunScript";

    private H2Commands() {
    }

    /** Writes the whole database as SQL statements into {@code script}. */
    static List<String> backupArguments(H2File database, String script) {
        return arguments(database, script);
    }

    /** Runs the statements of {@code script} into a new database at that place. */
    static List<String> restoreArguments(H2File database, String script) {
        return arguments(database, script);
    }

    /** The restore as one shell command, for a message. */
    static String restore(H2File database, String script) {
        List<String> words = new ArrayList<>(List.of("java", "-cp", "parcours.jar", "-Dloader.main=" + RESTORE_TOOL,
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        restoreArguments(database, script).forEach(a -> words.add(a.contains(";") ? "\"" + a + "\"" : a));
        return String.join(" ", words);
    }

    private static List<String> arguments(H2File database, String script) {
        return List.of("-url", "jdbc:h2:file:" + database.base() + SETTINGS, "-user", "sa", "-script", script);
    }
}
