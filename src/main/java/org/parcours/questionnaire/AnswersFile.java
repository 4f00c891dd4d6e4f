package org.parcours.questionnaire;

import java.util.Map;
import org.parcours.questionnaire.yaml.QuestionnaireReader;

/**
 * Reads a YAML or JSON data file (an answers file) into plain Java values, with the same limits and
 * located problems as questionnaire files.
 */
public final class AnswersFile {

    private AnswersFile() {
    }

    /** The file's top-level map: String keys, values String, Long, Double, Boolean, List or Map. */
    public static Map<String, Object> readMap(String fileName, String text) throws QuestionnaireException {
        return QuestionnaireReader.readAnswers(fileName, text);
    }
}
