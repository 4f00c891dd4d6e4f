package org.parcours.questionnaire.yaml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.questionnaire.Suggestions;

/**
 * Reads a content test's {@code expect.top}: each key names one ranking (a kind, or kind/component), and its value a
 * recommendation of that very ranking, so that a test cannot expect a top its recommendation never competes for.
 */
final class TopReader {

    private TopReader() {
    }

    /** {@code top: {kind: id}} (recommendations without a component) or {@code top: {kind/component: id}}. */
    static Map<ContentTest.Ranking, String> top(YamlMap f, Map<String, Recommendation> recommendations,
                                                List<String> components) {
        Problems problems = f.problems();
        Map<ContentTest.Ranking, String> out = new LinkedHashMap<>();
        f.node("top").ifPresent(node -> {
            if (!(node instanceof YNode.YMap map)) {
                problems.add(node.loc(), "expect.top must map kinds to recommendation ids");
                return;
            }
            map.entries().values().forEach(e -> ranking(e, components, problems).ifPresent(ranking -> {
                Object v = YNode.plain(e.value());
                Recommendation r = v instanceof String id ? recommendations.get(id) : null;
                if (r == null || r.kind() != ranking.kind()) {
                    problems.add(e.value().loc(), "expect.top." + e.key() + " must name a recommendation of kind "
                            + ranking.kind().id() + Suggestions.didYouMean(String.valueOf(v), recommendations.keySet()));
                } else if (!r.component().equals(ranking.component())) {
                    problems.add(e.value().loc(), "expect.top." + e.key() + " names '" + r.id() + "', which ranks in "
                            + new ContentTest.Ranking(r.kind(), r.component()) + ": write that key instead");
                } else {
                    out.put(ranking, r.id());
                }
            }));
        });
        return out;
    }

    private static Optional<ContentTest.Ranking> ranking(YNode.YMap.Entry e, List<String> components,
                                                         Problems problems) {
        String[] parts = e.key().split("/", 2);
        Optional<RecommendationKind> kind = Arrays.stream(RecommendationKind.values())
                .filter(k -> k.id().equals(parts[0])).findFirst();
        if (kind.isEmpty()) {
            problems.add(e.keyLoc(), "expect.top: unknown kind '" + parts[0] + "'");
            return Optional.empty();
        }
        if (parts.length == 2 && !components.contains(parts[1])) {
            problems.add(e.keyLoc(), "expect.top: unknown component '" + parts[1] + "' in '" + e.key() + "'"
                    + Suggestions.didYouMean(parts[1], components));
            return Optional.empty();
        }
        return Optional.of(new ContentTest.Ranking(kind.get(), Optional.ofNullable(parts.length == 2 ? parts[1] : null)));
    }
}
