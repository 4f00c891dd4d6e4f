package org.parcours.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The questionnaires teams can start: those bundled in the application ({@code questionnaires/} is packaged on
 * the class path), or those of the folder named by {@code parcours.questionnaires-dir}. An invalid questionnaire
 * stops the start-up with every problem listed, rather than failing in front of a team.
 *
 * <p>Also keeps each loaded version by content hash, so that reopening assessments does not parse and compile the
 * same stored text again.
 */
@Component
public class QuestionnaireCatalog {

    private final Map<String, Questionnaire> current;
    private final Map<String, Questionnaire> byHash = new ConcurrentHashMap<>();

    QuestionnaireCatalog(@Value("${parcours.questionnaires-dir:}") String folder) {
        List<Questionnaire> loaded = folder.isBlank() ? loadBundled() : loadFolder(Path.of(folder));
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        loaded.forEach(q -> byId.put(q.id(), q));
        this.current = java.util.Collections.unmodifiableMap(byId);
        loaded.forEach(q -> byHash.put(q.contentHash(), q));
    }

    /** The questionnaires a team can start, by folder name. */
    public List<Questionnaire> all() {
        return List.copyOf(current.values());
    }

    public Optional<Questionnaire> current(String id) {
        return Optional.ofNullable(current.get(id));
    }

    /** The questionnaire stored with an assessment, loaded once per content hash. */
    Questionnaire version(String id, String contentHash, Supplier<Map<String, String>> files) {
        return byHash.computeIfAbsent(contentHash, hash -> load(id, files.get()));
    }

    private static Questionnaire load(String id, Map<String, String> files) {
        try {
            return QuestionnaireLoader.load(id, files);
        } catch (QuestionnaireException invalid) {
            throw new IllegalStateException("Questionnaire '" + id + "' is invalid:\n" + invalid.getMessage(), invalid);
        }
    }

    private static List<Questionnaire> loadBundled() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:questionnaires/*/*.yaml");
            Map<String, Map<String, String>> sources = new TreeMap<>();
            for (Resource resource : resources) {
                String[] parts = resource.getURL().getPath().split("/");
                String folder = parts[parts.length - 2];
                sources.computeIfAbsent(folder, f -> new TreeMap<>())
                        .put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
            return sources.entrySet().stream().map(e -> load(e.getKey(), e.getValue())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled questionnaires", e);
        }
    }

    private static List<Questionnaire> loadFolder(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).map(folder -> {
                try {
                    return QuestionnaireLoader.load(folder);
                } catch (QuestionnaireException invalid) {
                    throw new IllegalStateException("Questionnaire " + folder + " is invalid:\n" + invalid.getMessage(),
                            invalid);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaires folder " + root, e);
        }
    }
}
