package org.parcours.export.html;

import org.parcours.markup.Html;
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
