package org.parcours.report;

import java.util.List;
import java.util.Optional;
import org.parcours.questionnaire.RecommendationKind;

/**
 * An option the team may have heard of but is not eligible for, with why (« Non éligible : … ») and the questions
 * the reasons were read from, in the report's locale.
 */
public record ExcludedItem(String id, RecommendationKind kind, Optional<String> component, String title,
                           List<String> reasons, List<QuestionRef> questions) {

    public ExcludedItem {
        reasons = List.copyOf(reasons);
        questions = List.copyOf(questions);
    }
}
