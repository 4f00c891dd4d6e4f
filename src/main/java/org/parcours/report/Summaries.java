package org.parcours.report;

import java.util.List;
import java.util.Optional;
import org.parcours.engine.Horizon;
import org.parcours.questionnaire.RecommendationKind;

/** Picks the synthesis out of what the report already holds: it ranks nothing itself. */
final class Summaries {

    private Summaries() {
    }

    static Summary of(List<PlanGroup> plan, List<OptionSection> options, SpeedboatNotes speedboat,
                      List<TargetGap> targets) {
        List<PlanItem> priorities = plan.stream().filter(g -> g.horizon() == Horizon.NOW)
                .flatMap(g -> g.items().stream()).toList();
        return new Summary(priorities, best(options, RecommendationKind.LEGAL, 1).stream().findFirst(),
                licences(options), best(options, RecommendationKind.FUNDING, Summary.FUNDING),
                best(options, RecommendationKind.NETWORK, Summary.NETWORKS),
                speedboat.rocks().stream().limit(Summary.ROCKS).toList(), targets);
    }

    /** The best recommended options of a kind, rank 1 first. */
    private static List<ReportItem> best(List<OptionSection> options, RecommendationKind kind, int most) {
        return section(options, kind).map(s -> s.items().stream().filter(ReportItem::recommended).limit(most)
                .toList()).orElse(List.of());
    }

    /** The best recommended licence of each ranking: one for the code, one for the data, one for the content. */
    private static List<ReportItem> licences(List<OptionSection> options) {
        return section(options, RecommendationKind.LICENCE).map(s -> s.groups().stream()
                .flatMap(g -> g.items().stream().filter(ReportItem::recommended).limit(1)).toList())
                .orElse(List.of());
    }

    private static Optional<OptionSection> section(List<OptionSection> options, RecommendationKind kind) {
        return options.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
