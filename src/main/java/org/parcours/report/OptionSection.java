package org.parcours.report;

import java.util.List;
import org.parcours.questionnaire.RecommendationKind;

/**
 * The ranked options of one kind (governance, legal, licence, funding, dissemination): every eligible one, rank 1
 * first. The screen opens the first {@link #OPEN_BY_DEFAULT} and keeps the rest one click away.
 */
public record OptionSection(RecommendationKind kind, String title, List<ReportItem> items) {

    public static final int OPEN_BY_DEFAULT = 3;

    public OptionSection {
        items = List.copyOf(items);
    }
}
