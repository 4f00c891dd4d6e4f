package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.List;
import org.parcours.questionnaire.cel.ConditionCompiler;

/**
 * A first look at the YAML tree for expression texts only, so that {@link ConditionCompiler#precheck} can
 * type-check them together before the readers compile them one by one. It reports nothing: what it
 * misses or misreads is compiled, and reported, by the readers as usual.
 */
final class ExpressionTexts {

    private ExpressionTexts() {
    }

    /** Every {@code phases[].questions[].visible_if} text. */
    static List<String> visibleIf(YNode.YMap root) {
        List<String> texts = new ArrayList<>();
        for (YNode phase : items(root, "phases")) {
            for (YNode question : items(phase, "questions")) {
                text(question, "visible_if", texts);
            }
        }
        return texts;
    }

    /** Every {@code recommendations[].when} and {@code recommendations[].fit[].if} text. */
    static List<String> recommendations(YNode.YMap root) {
        List<String> texts = new ArrayList<>();
        for (YNode recommendation : items(root, "recommendations")) {
            text(recommendation, "when", texts);
            for (YNode criterion : items(recommendation, "fit")) {
                text(criterion, "if", texts);
            }
        }
        return texts;
    }

    private static List<YNode> items(YNode node, String key) {
        return node instanceof YNode.YMap m && m.entries().get(key) instanceof YNode.YMap.Entry e
                && e.value() instanceof YNode.YList l ? l.items() : List.of();
    }

    private static void text(YNode node, String key, List<String> texts) {
        if (node instanceof YNode.YMap m && m.entries().get(key) instanceof YNode.YMap.Entry e
                && e.value() instanceof YNode.YScalar s && s.value() instanceof String text) {
            texts.add(text);
        }
    }
}
