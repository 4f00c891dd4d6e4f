package org.parcours.engine;

import java.util.List;
import java.util.Set;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Recommendation;

/**
 * A recommendation in scope ({@code when} holds, its component is present) but not eligible: a {@code requires}
 * failed. {@code reasons} are the {@code otherwise} texts of every failed requirement, {@code questions} what their
 * expressions read, sorted.
 */
public record ExcludedRecommendation(Recommendation recommendation, List<LocalizedText> reasons,
                                     Set<String> questions) {

    public ExcludedRecommendation {
        reasons = List.copyOf(reasons);
        questions = Set.copyOf(questions);
    }

    public String id() {
        return recommendation.id();
    }
}
