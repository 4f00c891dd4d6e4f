package org.parcours.report;

import java.util.List;
import org.parcours.engine.Horizon;

/** The actions of one horizon of the plan (« Maintenant », « Ensuite », « Plus tard »), numbered in plan order. */
public record PlanGroup(Horizon horizon, String title, List<PlanItem> items) {

    public PlanGroup {
        items = List.copyOf(items);
    }
}
