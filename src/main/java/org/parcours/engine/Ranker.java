package org.parcours.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.questionnaire.Bindings;
import org.parcours.questionnaire.FitCriterion;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.Requirement;

/**
 * Ranking (contract §7), per kind and component: a recommendation is in scope when its {@code when} holds and its
 * component (if it names one) is present; in scope, it is excluded when a {@code requires} fails, else eligible.
 * Eligible recommendations rank by total fit (descending), then lower effort, then catalogue order. Recommended
 * means eligible with a total fit above 0.
 */
final class Ranker {

    private Ranker() {
    }

    /** What ranking gives: the eligible recommendations and the excluded ones, both in catalogue order. */
    record Result(List<RankedRecommendation> ranked, List<ExcludedRecommendation> excluded) {
    }

    private record Scored(Recommendation recommendation, int index, int ranking, int fit, List<Reason> reasons,
                          List<Reason> against) {
    }

    private static final Comparator<Scored> ORDER = Comparator.comparingInt((Scored s) -> -s.fit())
            .thenComparing(s -> s.recommendation().effort())
            .thenComparingInt(Scored::index);

    /** {@code present[c]}: whether the component at index c of the plan is present. */
    static Result rank(EvaluationPlan plan, Bindings bindings, boolean[] present) {
        List<Scored> eligible = new ArrayList<>();
        List<ExcludedRecommendation> excluded = new ArrayList<>(0);
        List<Recommendation> catalogue = plan.recommendations;
        for (int i = 0; i < catalogue.size(); i++) {
            Recommendation r = catalogue.get(i);
            int component = plan.componentOf[i];
            if (component >= 0 && !present[component]) continue;
            if (r.when().isPresent() && !r.when().get().test(bindings)) continue;
            ExcludedRecommendation failed = failedRequirements(r, bindings);
            if (failed != null) {
                excluded.add(failed);
            } else {
                eligible.add(fit(r, i, r.kind().ordinal() * (present.length + 1) + component + 1, bindings));
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        Map<Integer, Integer> counters = new HashMap<>();
        eligible.stream().sorted(ORDER).forEach(s ->
                ranks.put(s.recommendation().id(), counters.merge(s.ranking(), 1, Integer::sum)));
        List<RankedRecommendation> ranked = eligible.stream().map(s -> new RankedRecommendation(s.recommendation(),
                ranks.get(s.recommendation().id()), s.fit(), s.reasons(), s.against(), s.fit() > 0)).toList();
        return new Result(ranked, List.copyOf(excluded));
    }

    /** The failed requirements of a recommendation, or null when every one holds. */
    private static ExcludedRecommendation failedRequirements(Recommendation r, Bindings bindings) {
        List<LocalizedText> reasons = null;
        Set<String> questions = null;
        for (Requirement requirement : r.requires()) {
            if (requirement.condition().test(bindings)) continue;
            if (reasons == null) {
                reasons = new ArrayList<>();
                questions = new TreeSet<>();
            }
            reasons.add(requirement.otherwise());
            questions.addAll(requirement.condition().readsQuestions());
        }
        return reasons == null ? null : new ExcludedRecommendation(r, reasons, questions);
    }

    private static Scored fit(Recommendation r, int index, int ranking, Bindings bindings) {
        int total = 0;
        List<Reason> reasons = new ArrayList<>();
        List<Reason> against = List.of();
        for (FitCriterion criterion : r.fit()) {
            if (criterion.condition().test(bindings)) {
                total += criterion.weight();
                Reason reason = new Reason(criterion.because(), criterion.weight(),
                        criterion.condition().readsQuestions());
                if (criterion.weight() >= 0) {
                    reasons.add(reason);
                } else {
                    if (against.isEmpty()) against = new ArrayList<>(1);
                    against.add(reason);
                }
            }
        }
        return new Scored(r, index, ranking, total, reasons, against);
    }
}
