package org.parcours.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.questionnaire.Effort;

/**
 * The recommended actions as a plan: in the order of their ranking, each preceded by the actions it names in
 * {@code after}; then in three horizons. At most {@link #NOW} actions for this quarter and {@link #NEXT} for the
 * next, the rest later. A high-effort action never starts this quarter; an action is never in an earlier horizon
 * than one it must follow, and comes in a later one when that action is of high effort (it takes the quarter).
 * Numbers follow the plan: horizon by horizon, in ranking order.
 */
final class ActionPlan {

    /** Most actions in the first horizon (this quarter), and in the second. */
    static final int NOW = 3;
    static final int NEXT = 5;

    private ActionPlan() {
    }

    static List<PlannedAction> of(List<RankedRecommendation> rankedActions) {
        List<RankedRecommendation> ordered = afterTheirDependencies(
                rankedActions.stream().filter(RankedRecommendation::recommended).toList());
        Map<String, Horizon> horizons = new HashMap<>();
        Map<String, RankedRecommendation> byId = new HashMap<>();
        int now = 0;
        int next = 0;
        for (RankedRecommendation action : ordered) {
            Horizon earliest = earliest(action, horizons, byId);
            Horizon horizon = earliest == Horizon.NOW && now < NOW ? Horizon.NOW
                    : earliest != Horizon.LATER && next < NEXT ? Horizon.NEXT : Horizon.LATER;
            if (horizon == Horizon.NOW) now++;
            if (horizon == Horizon.NEXT) next++;
            horizons.put(action.id(), horizon);
            byId.put(action.id(), action);
        }
        List<PlannedAction> plan = new ArrayList<>();
        for (Horizon horizon : Horizon.values()) {
            for (RankedRecommendation action : ordered) {
                if (horizons.get(action.id()) == horizon) plan.add(new PlannedAction(plan.size() + 1, horizon, action));
            }
        }
        return List.copyOf(plan);
    }

    /** The earliest horizon an action may take, given its effort and the horizons of the actions it follows. */
    private static Horizon earliest(RankedRecommendation action, Map<String, Horizon> horizons,
                                    Map<String, RankedRecommendation> placed) {
        Horizon earliest = action.recommendation().effort() == Effort.HIGH ? Horizon.NEXT : Horizon.NOW;
        for (String before : action.recommendation().after()) {
            Horizon theirs = horizons.get(before);
            if (theirs == null) continue; // not in the plan: nothing to wait for
            boolean takesTheQuarter = placed.get(before).recommendation().effort() == Effort.HIGH;
            Horizon atLeast = takesTheQuarter && theirs != Horizon.LATER ? Horizon.values()[theirs.ordinal() + 1] : theirs;
            if (atLeast.compareTo(earliest) > 0) earliest = atLeast;
        }
        return earliest;
    }

    /**
     * The ranking order, except that the planned actions an action names in {@code after} come just before it:
     * a well-ranked action pulls what it needs forward rather than waiting behind it.
     */
    private static List<RankedRecommendation> afterTheirDependencies(List<RankedRecommendation> ranked) {
        Map<String, RankedRecommendation> planned = new LinkedHashMap<>();
        ranked.forEach(a -> planned.put(a.id(), a));
        List<RankedRecommendation> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        ranked.forEach(action -> place(action, planned, placed, ordered));
        return ordered;
    }

    private static void place(RankedRecommendation action, Map<String, RankedRecommendation> planned,
                              Set<String> placed, List<RankedRecommendation> ordered) {
        if (!placed.add(action.id())) return; // placed already (a cycle is refused at load, so none runs forever)
        for (String before : action.recommendation().after()) {
            RankedRecommendation needed = planned.get(before);
            if (needed != null) place(needed, planned, placed, ordered);
        }
        ordered.add(action);
    }
}
