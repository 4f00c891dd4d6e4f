package org.parcours.questionnaire;

import java.util.Map;
import org.parcours.questionnaire.yaml.QuestionnaireReader;

/**
 * Reads a YAML or JSON data file (an answers file) into plain Java values, with the same limits and
 * located problems as questionnaire files.
 */
public final class AnswersFile {

    /** Where a value starts in a file; line and column start at 1. */
    public record Place(String file, int line, int column) {

        public Problem problem(String message) {
            return new Problem(file, line, column, message);
        }
    }

    /** A file's top-level map, and where each of its values starts, so that a wrong answer can name its place. */
    public record Located(String file, Map<String, Object> values, Map<String, Place> places) {

        /** A problem at the place of {@code key}'s value, or at the file's start when the file has no such key. */
        public Problem problem(String key, String message) {
            return places.getOrDefault(key, new Place(file, 1, 1)).problem(message);
        }
    }

    private AnswersFile() {
    }

    /** The file's top-level map: String keys, values String, Long, Double, Boolean, List or Map. */
    public static Map<String, Object> readMap(String fileName, String text) throws QuestionnaireException {
        return readLocated(fileName, text).values();
    }

    /** {@link #readMap}, with the place of each top-level value. */
    public static Located readLocated(String fileName, String text) throws QuestionnaireException {
        return QuestionnaireReader.readAnswers(fileName, text);
    }
}
