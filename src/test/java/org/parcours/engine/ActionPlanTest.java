package org.parcours.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan: ranking order, each action after those it follows, three horizons bounded by effort and size. */
class ActionPlanTest {

    /** Seven actions; {@code a-*} all hold when {@code go} is true, each with its own fit. */
    private static Scenario seven() {
        return Scenario.of("""
                dimensions: []
                phases:
                  - id: p
                    title: {fr: P, en: P}
                    questions:
                      - {id: go, type: boolean, label: {fr: G, en: G}}
                recommendations:
                """ + action("a-first", 9, "low", "") + action("a-big", 8, "high", "")
                + action("a-after-big", 7, "low", "[a-big]") + action("a-second", 6, "medium", "")
                + action("a-third", 5, "low", "") + action("a-fourth", 4, "low", "")
                + action("a-before-first", 3, "low", "") + action("a-needs-before", 10, "low", "[a-before-first]")
                + action("a-never", -1, "low", ""));
    }

    private static String action(String id, int fit, String effort, String after) {
        return "  - {id: " + id + ", kind: action, phase: p, title: {fr: " + id + ", en: " + id + "},"
                + " summary: {fr: s, en: s}, effort: " + effort + (after.isEmpty() ? "" : ", after: " + after)
                + ", fit: [{if: go, weight: " + fit + ", because: {fr: r, en: r}}]}\n";
    }

    @Test
    void actions_come_after_those_they_follow_and_fill_three_horizons() {
        List<PlannedAction> plan = seven().answer("go", true).evaluation().plan();

        assertThat(plan).extracting(PlannedAction::id).containsExactly(
                // now: the best action pulls the one it follows forward; high effort never starts this quarter
                "a-before-first", "a-needs-before", "a-first",
                // next: the high-effort one, then the others as room allows
                "a-big", "a-second", "a-third", "a-fourth",
                // later: what follows a high-effort action of the next quarter
                "a-after-big");
        assertThat(plan).extracting(PlannedAction::horizon).containsExactly(Horizon.NOW, Horizon.NOW, Horizon.NOW,
                Horizon.NEXT, Horizon.NEXT, Horizon.NEXT, Horizon.NEXT, Horizon.LATER);
        assertThat(plan).extracting(PlannedAction::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void an_action_that_is_not_recommended_is_not_in_the_plan_and_holds_nothing_back() {
        assertThat(seven().answer("go", false).evaluation().plan()).isEmpty();
    }
}
