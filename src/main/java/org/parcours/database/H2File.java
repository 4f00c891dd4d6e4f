package org.parcours.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file of an embedded H2 database, read from its JDBC URL: {@code base} is the path H2 adds
 * {@code .mv.db} to. In-memory and server URLs have no file here.
 */
record H2File(Path base) {

    private static final String PREFIX = "jdbc:h2:";
    private static final List<String> NOT_A_LOCAL_FILE = List.of("mem:", "tcp:", "ssl:", "zip:", "jar:");

    static Optional<H2File> of(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) return Optional.empty();
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        String name = settings < 0 ? rest : rest.substring(0, settings);
        String lower = name.toLowerCase(Locale.ROOT);
        if (NOT_A_LOCAL_FILE.stream().anyMatch(lower::startsWith)) return Optional.empty();
        if (lower.startsWith("file:")) name = name.substring("file:".length());
        if (name.startsWith("~")) name = System.getProperty("user.home") + name.substring(1);
        return name.isBlank() ? Optional.empty() : Optional.of(new H2File(Path.of(name).toAbsolutePath().normalize()));
    }

    Path dataFile() {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    Path folder() {
        return base.getParent();
    }
}
