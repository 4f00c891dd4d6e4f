package org.parcours.report;

import org.parcours.engine.Horizon;

/** One action of the plan, in the report's locale: its number, horizon, the action, and its one-line why. */
public record PlanItem(int number, Horizon horizon, ReportItem action, String why) {
}
