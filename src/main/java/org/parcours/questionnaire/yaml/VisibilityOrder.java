package org.parcours.questionnaire.yaml;

import java.util.HashMap;
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
        return DependencyOrder.of(questions.stream().map(Question::id).toList(),
                id -> byId.get(id).visibleIf().map(Condition::readsQuestions).orElse(Set.of()),
                (id, cycle) -> problems.add(conditionNodes.containsKey(id) ? conditionNodes.get(id).loc()
                                : new YNode.Loc("?", 1, 1), "visibility forms a cycle: " + String.join(" → ", cycle)
                                + " (each visible_if reads the next question): break it"))
                .stream().map(byId::get).toList();
    }
}
