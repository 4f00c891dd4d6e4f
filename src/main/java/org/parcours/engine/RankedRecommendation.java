package org.parcours.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.questionnaire.Recommendation;

/** An eligible recommendation with its rank in its kind (1 = best), total fit and the reasons that held. */
public record RankedRecommendation(Recommendation recommendation, int rank, int fit, List<Reason> reasons,
                                   boolean recommended) {

    public RankedRecommendation {
        reasons = List.copyOf(reasons);
    }

    public String id() {
        return recommendation.id();
    }

    /** Every question read by the reasons that held, sorted. */
    public Set<String> questions() {
        Set<String> all = new TreeSet<>();
        reasons.forEach(r -> all.addAll(r.questions()));
        return java.util.Collections.unmodifiableSet(all);
    }
}
