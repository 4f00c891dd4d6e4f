package org.parcours.questionnaire.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.questionnaire.Suggestions;

/**
 * Checks the actions' {@code after}: each id names an action of the catalogue, and no action comes, even through
 * others, after itself (an action plan could not start).
 */
final class ActionOrder {

    private ActionOrder() {
    }

    /** {@code nodes} holds each {@code after} list read, by the id of the recommendation that wrote it. */
    static void check(List<Recommendation> recommendations, Map<String, YNode.YList> nodes, Problems problems) {
        Map<String, Recommendation> byId = new HashMap<>();
        recommendations.forEach(r -> byId.put(r.id(), r));
        List<String> actions = recommendations.stream().filter(r -> r.kind() == RecommendationKind.ACTION)
                .map(Recommendation::id).toList();
        nodes.forEach((id, list) -> list.items().forEach(item -> {
            if (!(YNode.plain(item) instanceof String other)) return; // reported when the list was read
            Recommendation r = byId.get(other);
            if (r == null) {
                problems.add(item.loc(), "after names an unknown action '" + other + "'"
                        + Suggestions.didYouMean(other, actions));
            } else if (r.kind() != RecommendationKind.ACTION) {
                problems.add(item.loc(), "after names '" + other + "', which is a " + r.kind().id()
                        + " recommendation: after lists actions only");
            }
        }));
        DependencyOrder.of(recommendations.stream().map(Recommendation::id).toList(),
                id -> byId.get(id).after(),
                (id, cycle) -> problems.add(nodes.get(id).loc(), "actions form a cycle: " + String.join(" → ", cycle)
                        + " (each comes after the next): break it"));
    }
}
