package org.parcours.export.html;

import org.parcours.markup.Html;
import org.parcours.report.PlanItem;
import org.parcours.report.QuestionRef;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;

/**
 * What the report on screen adds to the markup the files share: ways to act on it (say whether an advice helped,
 * go back to a phase or a question). The defaults are the files', which carry none of it.
 */
public interface ScreenExtras {

    /** The files: nothing added. */
    ScreenExtras NONE = new ScreenExtras() {
    };

    /** Written after a recommendation's entry, full or brief. */
    default void afterRecommendation(Html h, Report report, ReportItem item) {
    }

    /**
     * Whether the plan shows every action's follow-up, untracked ones too (the screen, where they are edited);
     * the files show only the actions a team has tracked.
     */
    default boolean showsEveryTracking() {
        return false;
    }

    /** Written in an action's follow-up, after its status, owner, due date and note (the screen's edit button). */
    default void trackingControls(Html h, Report report, PlanItem item) {
    }

    /** Written in the row of a phase where the team stands, after its title. */
    default void phaseLink(Html h, Report report, String phaseId, String phaseTitle) {
    }

    /** Written in the row of an answer of the appendix, after its question. */
    default void questionLink(Html h, Report report, QuestionRef question) {
    }

    /** The answer a reason was drawn from: {@code text} names it, "(from your answer to …)". */
    default void reasonSource(Html h, QuestionRef question, String text) {
        h.open("span", "class", "from").text(text).close("span");
    }
}
