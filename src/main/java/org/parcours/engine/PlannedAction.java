package org.parcours.engine;

/** One action of the plan: its number in the plan (1 = first to do), its horizon, and the ranked recommendation. */
public record PlannedAction(int number, Horizon horizon, RankedRecommendation action) {

    public String id() {
        return action.id();
    }
}
