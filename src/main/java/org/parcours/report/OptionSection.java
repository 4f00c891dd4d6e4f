package org.parcours.report;

import java.util.List;
import org.parcours.questionnaire.RecommendationKind;

/**
 * The options of one kind (governance, legal, licence, funding, network): every eligible one, in {@code groups}
 * (one ranking per component, rank 1 first; a single group without a component when the kind has none), all of
 * them in {@code items} in the same order, then the {@code excluded} ones with why. The screen opens the first
 * {@link #OPEN_BY_DEFAULT} of each group and keeps the rest one click away.
 */
public record OptionSection(RecommendationKind kind, String title, List<ReportItem> items, List<OptionGroup> groups,
                            List<ExcludedItem> excluded) {

    public static final int OPEN_BY_DEFAULT = 3;

    public OptionSection {
        items = List.copyOf(items);
        groups = List.copyOf(groups);
        excluded = List.copyOf(excluded);
    }

    /** Whether the groups are per component, and so shown with their own titles. */
    public boolean perComponent() {
        return groups.stream().anyMatch(g -> g.component().isPresent());
    }
}
