package org.parcours.questionnaire.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcours.questionnaire.QuestionType;

/**
 * A first look at the phases for question ids and types only: expressions are type-checked against every
 * question, including those declared after them, so the types must be known before anything is compiled.
 */
final class QuestionTypes {

    private QuestionTypes() {
    }

    static Map<String, QuestionType> scan(List<YNode> phases) {
        Map<String, QuestionType> types = new LinkedHashMap<>();
        for (YNode phase : phases) {
            if (!(phase instanceof YNode.YMap p) || !(p.entries().get("questions") instanceof YNode.YMap.Entry e)
                    || !(e.value() instanceof YNode.YList questions)) {
                continue;
            }
            for (YNode q : questions.items()) {
                if (q instanceof YNode.YMap m && YNode.plain(value(m, "id")) instanceof String id
                        && YNode.plain(value(m, "type")) instanceof String type) {
                    for (QuestionType t : QuestionType.values()) {
                        if (t.name().toLowerCase(Locale.ROOT).equals(type)) types.putIfAbsent(id, t);
                    }
                }
            }
        }
        return types;
    }

    /** Each question's number of options (for the cost of loops over a multiple question's answer). */
    static Map<String, Integer> optionCounts(List<YNode> phases) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (YNode phase : phases) {
            if (!(phase instanceof YNode.YMap p) || !(p.entries().get("questions") instanceof YNode.YMap.Entry e)
                    || !(e.value() instanceof YNode.YList questions)) {
                continue;
            }
            for (YNode q : questions.items()) {
                if (q instanceof YNode.YMap m && YNode.plain(value(m, "id")) instanceof String id
                        && value(m, "options") instanceof YNode.YList options) {
                    counts.putIfAbsent(id, options.items().size());
                }
            }
        }
        return counts;
    }

    private static YNode value(YNode.YMap m, String key) {
        YNode.YMap.Entry e = m.entries().get(key);
        return e == null ? new YNode.YScalar(m.loc(), null) : e.value();
    }
}
