package org.parcours.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.FitCriterion;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.Recommendation;

/**
 * Ranking (contract §7), per kind: eligible recommendations by total fit (descending), then lower effort,
 * then catalogue order. Recommended means eligible with a total fit above 0.
 */
final class Ranker {

    private Ranker() {
    }

    private record Scored(Recommendation recommendation, int index, int fit, List<Reason> reasons) {
    }

    private static final Comparator<Scored> ORDER = Comparator.comparingInt((Scored s) -> -s.fit())
            .thenComparing(s -> s.recommendation().effort())
            .thenComparingInt(Scored::index);

    static List<RankedRecommendation> rank(Questionnaire questionnaire, Bindings bindings) {
        List<Scored> eligible = new ArrayList<>();
        List<Recommendation> catalogue = questionnaire.recommendations();
        for (int i = 0; i < catalogue.size(); i++) {
            Recommendation r = catalogue.get(i);
            if (r.when().map(c -> c.test(bindings)).orElse(true)) {
                eligible.add(fit(r, i, bindings));
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        Map<Object, Integer> counters = new HashMap<>();
        eligible.stream().sorted(ORDER).forEach(s ->
                ranks.put(s.recommendation().id(), counters.merge(s.recommendation().kind(), 1, Integer::sum)));
        return eligible.stream().map(s -> new RankedRecommendation(s.recommendation(),
                ranks.get(s.recommendation().id()), s.fit(), s.reasons(), s.fit() > 0)).toList();
    }

    private static Scored fit(Recommendation r, int index, Bindings bindings) {
        int total = 0;
        List<Reason> reasons = new ArrayList<>();
        for (FitCriterion criterion : r.fit()) {
            if (criterion.condition().test(bindings)) {
                total += criterion.weight();
                reasons.add(new Reason(criterion.because(), criterion.weight(),
                        criterion.condition().readsQuestions()));
            }
        }
        return new Scored(r, index, total, reasons);
    }
}
