package org.parcours.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.questionnaire.Recommendation;

/**
 * An eligible recommendation with its rank in its kind and component (1 = best), total fit, the reasons that held
 * with a positive or zero weight, and the arguments against: those that held with a negative weight.
 */
public record RankedRecommendation(Recommendation recommendation, int rank, int fit, List<Reason> reasons,
                                   List<Reason> against, boolean recommended) {

    public RankedRecommendation {
        reasons = List.copyOf(reasons);
        against = List.copyOf(against);
    }

    public String id() {
        return recommendation.id();
    }

    /** Every question read by the criteria that held, for or against, sorted. */
    public Set<String> questions() {
        Set<String> all = new TreeSet<>();
        reasons.forEach(r -> all.addAll(r.questions()));
        against.forEach(r -> all.addAll(r.questions()));
        return java.util.Collections.unmodifiableSet(all);
    }
}
