package org.parcours.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The questionnaire folders tests run over: the repository's questionnaires/ (maybe none) and the fixtures. */
final class Questionnaires {

    private Questionnaires() {
    }

    static List<Path> shipped() {
        return folders(Path.of("questionnaires"));
    }

    static List<Path> all() {
        List<Path> all = new ArrayList<>(shipped());
        all.addAll(folders(Path.of("src/test/resources/questionnaires")));
        return all;
    }

    private static List<Path> folders(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> paths = Files.list(root)) {
            return paths.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
