package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.Question;

/**
 * Orders questions so that each comes after the questions its {@code visible_if} reads, and reports
 * cycles: a question cannot depend, even indirectly, on its own visibility.
 */
final class VisibilityOrder {

    private VisibilityOrder() {
    }

    static List<Question> of(List<Question> questions, Map<String, YNode.YScalar> conditionNodes, Problems problems) {
        Map<String, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<Question> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (Question q : questions) {
            visit(q, byId, state, new LinkedHashSet<>(), order, conditionNodes, problems);
        }
        return order;
    }

    private static void visit(Question q, Map<String, Question> byId, Map<String, Integer> state,
                              LinkedHashSet<String> path, List<Question> order,
                              Map<String, YNode.YScalar> nodes, Problems problems) {
        Integer s = state.get(q.id());
        if (s != null && s == 2) return;
        if (s != null) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (String id : path) {
                in |= id.equals(q.id());
                if (in) cycle.add(id);
            }
            cycle.add(q.id());
            YNode.Loc loc = nodes.containsKey(q.id()) ? nodes.get(q.id()).loc() : new YNode.Loc("?", 1, 1);
            problems.add(loc, "visibility forms a cycle: " + String.join(" → ", cycle)
                    + " (each visible_if reads the next question): break it");
            return;
        }
        state.put(q.id(), 1);
        path.add(q.id());
        Set<String> reads = q.visibleIf().map(Condition::readsQuestions).orElse(Set.of());
        for (String dep : reads) {
            Question d = byId.get(dep);
            if (d != null) visit(d, byId, state, path, order, nodes, problems);
        }
        path.remove(q.id());
        state.put(q.id(), 2);
        order.add(q);
    }
}
