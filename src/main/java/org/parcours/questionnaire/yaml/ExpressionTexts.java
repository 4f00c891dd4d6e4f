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

    /**
     * Every text of an expression that reads answers only: {@code phases[].questions[].visible_if},
     * {@code dimensions[].caps[].if}, {@code dimensions[].bands[].variants[].if} and {@code components[].if}.
     */
    static List<String> overAnswers(YNode.YMap root) {
        List<String> texts = new ArrayList<>();
        for (YNode phase : items(root, "phases")) {
            for (YNode question : items(phase, "questions")) {
                text(question, "visible_if", texts);
            }
        }
        for (YNode dimension : items(root, "dimensions")) {
            for (YNode cap : items(dimension, "caps")) text(cap, "if", texts);
            for (YNode band : items(dimension, "bands")) {
                for (YNode variant : items(band, "variants")) text(variant, "if", texts);
            }
        }
        for (YNode component : items(root, "components")) text(component, "if", texts);
        return texts;
    }

    /**
     * Every text of an expression that may read scores: {@code recommendations[].when},
     * {@code recommendations[].requires[].if} and {@code recommendations[].fit[].if}.
     */
    static List<String> recommendations(YNode.YMap root) {
        List<String> texts = new ArrayList<>();
        for (YNode recommendation : items(root, "recommendations")) {
            text(recommendation, "when", texts);
            for (YNode requirement : items(recommendation, "requires")) text(requirement, "if", texts);
            for (YNode criterion : items(recommendation, "fit")) text(criterion, "if", texts);
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
