package org.parcours.questionnaire.yaml;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parcours.questionnaire.AnswersFile;
import org.parcours.questionnaire.Problem;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;

/**
 * Reads a questionnaire's YAML texts (top-level keys merged across files) into the model, and answers files into
 * plain values. Every problem is collected, sorted by file and line, and thrown together.
 */
public final class QuestionnaireReader {

    /** Longest file read, in characters: a guard against hostile files. */
    public static final int MAX_FILE_CHARS = YamlParser.MAX_FILE_CHARS;

    private QuestionnaireReader() {
    }

    /**
     * {@code folderName} is the id the files must declare; {@code files} maps file names to their exact text,
     * and problems name each file as {@code prefix + name}. Dated facts are checked against {@code today}.
     */
    public static Questionnaire read(String folderName, String prefix, Map<String, String> files, LocalDate today)
            throws QuestionnaireException {
        Problems problems = new Problems();
        Map<String, String> byProblemName = new LinkedHashMap<>();
        files.forEach((name, text) -> byProblemName.put(prefix + name, text));
        if (files.isEmpty()) {
            problems.add(new YNode.Loc(prefix.isEmpty() ? folderName : prefix, 1, 1),
                    "no .yaml file in this folder: a questionnaire needs at least questionnaire.yaml");
            throw new QuestionnaireException(problems.sorted());
        }
        Map<String, YNode.YMap.Entry> merged = new LinkedHashMap<>();
        new TreeMap<>(files).forEach((name, text) ->
                YamlParser.parse(prefix + name, text, problems).ifPresent(root -> merge(root, merged, problems)));
        Optional<Questionnaire> questionnaire = Optional.empty();
        if (!merged.isEmpty()) {
            YNode.Loc first = merged.values().iterator().next().keyLoc();
            YNode.YMap root = new YNode.YMap(new YNode.Loc(first.file(), 1, 1), merged);
            questionnaire = new ModelReader(problems, byProblemName, today).read(root, folderName, files);
        }
        if (!problems.isEmpty() || questionnaire.isEmpty()) {
            List<Problem> sorted = problems.sorted();
            throw new QuestionnaireException(sorted.isEmpty()
                    ? List.of(new Problem(prefix + files.keySet().iterator().next(), 1, 1, "nothing to load"))
                    : sorted);
        }
        return questionnaire.get();
    }

    /** An answers file's top-level map and the place of each of its values. */
    @SuppressWarnings("unchecked")
    public static AnswersFile.Located readAnswers(String fileName, String text) throws QuestionnaireException {
        Problems problems = new Problems();
        var root = YamlParser.parse(fileName, text, problems);
        if (root.isPresent() && !(root.get() instanceof YNode.YMap)) {
            problems.add(root.get().loc(), "expected a map from question id to answer, not "
                    + YNode.describe(root.get()));
        }
        if (!problems.isEmpty()) throw new QuestionnaireException(problems.sorted());
        YNode.YMap map = (YNode.YMap) root.orElseThrow();
        Map<String, AnswersFile.Place> places = new LinkedHashMap<>();
        map.entries().forEach((key, entry) -> {
            YNode.Loc at = entry.value().loc();
            places.put(key, new AnswersFile.Place(at.file(), at.line(), at.column()));
        });
        return new AnswersFile.Located(fileName, (Map<String, Object>) YNode.plain(map), places);
    }

    private static void merge(YNode root, Map<String, YNode.YMap.Entry> merged, Problems problems) {
        if (!(root instanceof YNode.YMap map)) {
            problems.add(root.loc(), "a questionnaire file must be a map of top-level keys, not " + YNode.describe(root));
            return;
        }
        map.entries().values().forEach(e -> {
            YNode.YMap.Entry previous = merged.get(e.key());
            if (previous != null) {
                YNode.Loc at = previous.keyLoc();
                problems.add(e.keyLoc(), "top-level key '" + e.key() + "' is already defined in " + at.file() + ":"
                        + at.line() + ":" + at.column() + ": define it in one file only");
            } else {
                merged.put(e.key(), e);
            }
        });
    }
}
