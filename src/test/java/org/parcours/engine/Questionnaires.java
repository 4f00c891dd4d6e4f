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

    /**
     * The shipped ones and the fixtures: those the web-app tests serve ({@code questionnaires/}, whose home page
     * they expect to offer mini alone) and those of content format 2.0 ({@code questionnaires-2.0/}).
     */
    static List<Path> all() {
        List<Path> all = new ArrayList<>(shipped());
        all.addAll(folders(Path.of("src/test/resources/questionnaires")));
        all.addAll(folders(Path.of("src/test/resources/questionnaires-2.0")));
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
