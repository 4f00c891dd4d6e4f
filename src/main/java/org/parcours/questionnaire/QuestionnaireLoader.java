package org.parcours.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parcours.questionnaire.yaml.QuestionnaireReader;

/**
 * Loads a questionnaire folder (every {@code *.yaml} in it, top-level keys merged), validates it whole and
 * compiles its expressions. Problems are collected, sorted by file and line, and thrown together. This
 * facade does the file system; {@code questionnaire.yaml} does the reading.
 */
public final class QuestionnaireLoader {

    /** Most YAML files read from one folder. */
    public static final int MAX_FILES = 50;

    /** Most bytes all the YAML files of one folder may hold together: 8 MiB, several times the shipped one. */
    public static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024;

    private QuestionnaireLoader() {
    }

    /** Reads {@code folder/*.yaml}; problem paths start with the folder as given. Dates are checked against today. */
    public static Questionnaire load(Path folder) throws QuestionnaireException {
        return load(folder, today());
    }

    /**
     * Today's date, in UTC: {@code LocalDate.now()} loads the time-zone rules, tens of milliseconds of a cold start,
     * and a day's difference does not matter to a check that facts are less than a year old.
     */
    public static LocalDate today() {
        return LocalDate.ofEpochDay(Math.floorDiv(System.currentTimeMillis(), 86_400_000L));
    }

    /**
     * Reads {@code folder/*.yaml}, warning about facts checked more than a year before {@code today} (the command
     * line passes today; tests pass a fixed date).
     */
    public static Questionnaire load(Path folder, LocalDate today) throws QuestionnaireException {
        Map<String, String> files = new TreeMap<>();
        String prefix = folder.toString().isEmpty() ? "" : folder + "/";
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            // A link could make the loader read any file the process may read (and show it in the problems).
            List<Path> yaml = paths.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> Files.isSymbolicLink(p) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
            if (yaml.size() > MAX_FILES) {
                throw new QuestionnaireException(List.of(new Problem(folder.toString(), 1, 1,
                        "more than " + MAX_FILES + " .yaml files in one questionnaire")));
            }
            refuseLinksAndBulk(folder, prefix, yaml);
            for (Path p : yaml) {
                read(p, prefix, problems).ifPresent(text -> files.put(p.getFileName().toString(), text));
            }
        } catch (IOException e) {
            throw new QuestionnaireException(List.of(new Problem(folder.toString(), 1, 1,
                    "cannot read the folder: " + e.getMessage())));
        }
        if (!problems.isEmpty()) throw new QuestionnaireException(problems);
        return QuestionnaireReader.read(folder.getFileName() == null ? folder.toString()
                : folder.getFileName().toString(), prefix, files, today);
    }

    private static void refuseLinksAndBulk(Path folder, String prefix, List<Path> yaml)
            throws IOException, QuestionnaireException {
        List<Problem> links = new ArrayList<>();
        long total = 0;
        for (Path p : yaml) {
            if (Files.isSymbolicLink(p)) {
                links.add(new Problem(prefix + p.getFileName(), 1, 1, "is a symbolic link: a questionnaire folder "
                        + "holds its files themselves, so copy the file here instead"));
            } else {
                total += Files.size(p);
            }
        }
        if (!links.isEmpty()) throw new QuestionnaireException(links);
        if (total > MAX_TOTAL_BYTES) {
            throw new QuestionnaireException(List.of(new Problem(folder.toString(), 1, 1, "the .yaml files of this "
                    + "folder total " + total + " bytes; a questionnaire folder may hold at most 8 MiB ("
                    + MAX_TOTAL_BYTES + " bytes)")));
        }
    }

    private static Optional<String> read(Path file, String prefix, List<Problem> problems) throws IOException {
        String name = prefix + file.getFileName();
        if (Files.size(file) > 4L * QuestionnaireReader.MAX_FILE_CHARS) {
            problems.add(new Problem(name, 1, 1, "file is too large (" + Files.size(file)
                    + " bytes); the limit is " + QuestionnaireReader.MAX_FILE_CHARS + " characters (1 MiB)"));
            return Optional.empty();
        }
        try {
            byte[] bytes;
            // Not followed even if the file became a link since the listing.
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readAllBytes();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 1, 1, "file is not UTF-8 text: save it as UTF-8"));
            return Optional.empty();
        }
    }

    /**
     * Loads from stored text: {@code folderName} is the questionnaire id the files must declare, and
     * {@code yamlFilesByName} maps file names (e.g. "questionnaire.yaml") to their exact text.
     */
    public static Questionnaire load(String folderName, Map<String, String> yamlFilesByName)
            throws QuestionnaireException {
        return load(folderName, yamlFilesByName, today());
    }

    /** Loads from stored text, checking dates against {@code today}. */
    public static Questionnaire load(String folderName, Map<String, String> yamlFilesByName, LocalDate today)
            throws QuestionnaireException {
        return QuestionnaireReader.read(folderName, folderName + "/", yamlFilesByName, today);
    }
}
