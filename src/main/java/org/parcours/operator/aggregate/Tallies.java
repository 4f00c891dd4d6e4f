package org.parcours.operator.aggregate;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parcours.engine.DimensionScore;
import org.parcours.engine.Evaluation;
import org.parcours.engine.RankedRecommendation;
import org.parcours.engine.SpeedboatItem;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.RecommendationKind;

/**
 * The raw counts, one assessment at a time, as the engine evaluated it: nothing is recomputed here. Each
 * assessment counts once per category (a brake chosen in two questions is one brake chosen).
 */
final class Tallies {

    int assessments;
    int finished;
    Questionnaire questionnaire;
    final Map<String, Map<String, Integer>> levels = new LinkedHashMap<>();
    final Map<String, Integer> scored = new LinkedHashMap<>();
    final Map<RecommendationKind, Map<String, Integer>> first = new EnumMap<>(RecommendationKind.class);
    final Map<RecommendationKind, Integer> withFirst = new EnumMap<>(RecommendationKind.class);
    final Map<String, Integer> brakes = new LinkedHashMap<>();
    final Map<String, Integer> levers = new LinkedHashMap<>();

    void add(Evaluation evaluation) {
        if (questionnaire == null) questionnaire = evaluation.questionnaire();
        assessments++;
        if (evaluation.complete()) finished++;
        for (Dimension dimension : evaluation.questionnaire().dimensions()) {
            DimensionScore score = evaluation.score(dimension.id());
            if (score == null || score.band().isEmpty()) continue;
            levels.computeIfAbsent(dimension.id(), d -> new LinkedHashMap<>())
                    .merge(score.band().get().level(), 1, Integer::sum);
            scored.merge(dimension.id(), 1, Integer::sum);
        }
        Set<String> counted = new HashSet<>();
        for (RankedRecommendation ranked : evaluation.recommendations()) {
            RecommendationKind kind = ranked.recommendation().kind();
            if (!ranked.recommended() || ranked.rank() != 1 || !counted.add(kind + "/" + ranked.id())) continue;
            first.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(ranked.id(), 1, Integer::sum);
        }
        counted.stream().map(key -> RecommendationKind.valueOf(key.substring(0, key.indexOf('/')))).distinct()
                .forEach(kind -> withFirst.merge(kind, 1, Integer::sum));
        once(evaluation.speedboat().rocks(), brakes);
        once(evaluation.speedboat().wind(), levers);
    }

    private static void once(Iterable<SpeedboatItem> items, Map<String, Integer> counts) {
        Set<String> seen = new HashSet<>();
        for (SpeedboatItem item : items) {
            String key = item.questionId() + "." + item.optionId();
            if (seen.add(key)) counts.merge(key, 1, Integer::sum);
        }
    }
}
