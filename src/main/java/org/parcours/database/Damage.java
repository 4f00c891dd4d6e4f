package org.parcours.database;

import java.util.List;

/** What is wrong with an existing database file, and the three lines an operator reads about it. */
record Damage(H2File database, String what) {

    /** The exit code of a start refused on a damaged database: neither a usage error nor a crash. */
    static final int EXIT_CODE = 3;

    List<String> lines() {
        return List.of(
                "parcours: the database file " + database.dataFile() + " " + what + ": Parcours does not start on it.",
                "parcours: stop Parcours, move that file aside (keep it, it may be the only copy) and restore your "
                        + "last backup (docs/operations.md): " + H2Commands.restore(database, "backup.sql"),
                "parcours: nothing was changed; exit code " + EXIT_CODE + ".");
    }
}
