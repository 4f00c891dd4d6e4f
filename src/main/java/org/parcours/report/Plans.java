package org.parcours.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parcours.engine.Evaluation;
import org.parcours.engine.Horizon;
import org.parcours.engine.PlannedAction;

/** The engine's plan in the report's locale: one group per horizon that has actions, each action with its why. */
final class Plans {

    private Plans() {
    }

    static List<PlanGroup> of(Evaluation evaluation, ReportLabels labels, Map<String, ReportItem> byId) {
        List<PlanGroup> groups = new ArrayList<>();
        for (Horizon horizon : Horizon.values()) {
            List<PlanItem> items = evaluation.plan().stream().filter(p -> p.horizon() == horizon)
                    .map(p -> item(p, byId.get(p.id()))).toList();
            if (!items.isEmpty()) groups.add(new PlanGroup(horizon, labels.get("plan." + horizon.id()), items));
        }
        return groups;
    }

    /** The one-line why: the reason that weighs most (the first of those, in catalogue order). */
    private static PlanItem item(PlannedAction planned, ReportItem action) {
        String why = action.reasons().stream().max((a, b) -> Integer.compare(a.weight(), b.weight()))
                .map(Why::because).orElse("");
        return new PlanItem(planned.number(), planned.horizon(), action, why);
    }
}
