package org.parcours.ui.admin;

import java.util.function.BiFunction;
import org.parcours.assessment.StoredAssessment;
import org.parcours.markup.Html;
import org.parcours.report.AnswerLine;
import org.parcours.report.PlanItem;
import org.parcours.report.Report;
import org.parcours.report.Score;
import org.parcours.ui.component.Markup;

/**
 * The read-only page of one assessment as one block of escaped markup: its facts, its scores and levels, its
 * numbered plan and its answers, all taken from the report model (nothing computed here).
 */
record AssessmentSummaryMarkup(Report report, StoredAssessment stored, Dates dates,
                               BiFunction<String, Object[], String> text) {

    Markup markup() {
        Html html = new Html(8 * 1024);
        facts(html);
        html.element("h2", t("detail.scores"));
        if (report.scores().isEmpty()) html.element("p", t("detail.none"));
        else {
            html.open("ul");
            for (Score score : report.scores()) {
                html.element("li", score.title() + " — " + score.percentText()
                        + score.level().map(level -> " — " + level.label()).orElse(""));
            }
            html.close("ul");
        }
        html.element("h2", t("detail.plan"));
        if (report.planItems().isEmpty()) html.element("p", t("detail.none"));
        else {
            html.open("ol");
            for (PlanItem item : report.planItems()) html.element("li", item.action().title());
            html.close("ol");
        }
        answers(html);
        return new Markup("div", "pc-console-summary").html(html);
    }

    private void facts(Html html) {
        html.element("h2", t("detail.facts")).open("dl");
        fact(html, "detail.questionnaire", report.title() + " (" + report.questionnaireId() + " "
                + report.questionnaireVersion() + ")");
        fact(html, "detail.started", dates.dateTime(stored.createdAt()));
        fact(html, "detail.changed", dates.dateTime(stored.updatedAt()));
        fact(html, "detail.status", t("console.status-value", t("console.status."
                + (report.complete() ? "FINISHED" : "IN_PROGRESS")),
                (int) Math.floor(stored.evaluation().progress().percent())));
        fact(html, "detail.team", stored.teamName().orElse(t("console.no-team")));
        html.close("dl");
    }

    private void answers(Html html) {
        html.element("h2", t("detail.answers"));
        if (report.answers().isEmpty()) {
            html.element("p", t("detail.none"));
            return;
        }
        html.open("dl");
        for (AnswerLine line : report.answers()) {
            html.element("dt", line.phaseTitle() + " — " + line.question().label()).element("dd", line.answer());
        }
        html.close("dl");
    }

    private void fact(Html html, String key, String value) {
        html.element("dt", t(key)).element("dd", value);
    }

    private String t(String key, Object... parameters) {
        return text.apply(key, parameters);
    }
}
