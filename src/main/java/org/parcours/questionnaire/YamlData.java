package org.parcours.questionnaire;

import java.util.Map;

/**
 * Reads a YAML or JSON data file (an answers file) into plain Java values, with the same limits and
 * located problems as questionnaire files.
 */
public final class YamlData {

    private YamlData() {
    }

    /** The file's top-level map: String keys, values String, Long, Double, Boolean, List or Map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readMap(String fileName, String text) throws QuestionnaireException {
        Problems problems = new Problems();
        var root = YamlParser.parse(fileName, text, problems);
        if (root.isPresent() && !(root.get() instanceof YNode.YMap)) {
            problems.add(root.get().loc(), "expected a map from question id to answer, not "
                    + YNode.describe(root.get()));
        }
        if (!problems.isEmpty()) throw new QuestionnaireException(problems.sorted());
        return (Map<String, Object>) YNode.plain(root.orElseThrow());
    }
}
