package org.parcours.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parcours.engine.Engine;
import org.parcours.engine.Scenario;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.QuestionnaireLoader;
import java.util.Map;
import java.util.Optional;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.parcours.report.Edition;
import org.parcours.report.Tracking;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/** Reports of the mini fixture for the export tests, with the text a hostile or careless user could type. */
public final class Reports {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 21);

    private Reports() {
    }

    /** A team with many maintainers; {@code vision} (the island, a text answer) and the team name as given. */
    public static Report mini(String locale, String team, String vision) {
        return mini(locale, team, vision, Edition.PLAN);
    }

    public static Report mini(String locale, String team, String vision, Edition edition) {
        Scenario scenario = Scenario.load("mini").answer("resource_type", "software").answer("code_public", true)
                .answer("maintainers", 5).answer("funding_needs", List.of("maintenance", "build"))
                .answer("budget", 12000).answerText("vision", vision);
        return ReportBuilder.build(scenario.evaluation(), locale,
                ReportContext.on(DATE).withTeam(team).withEdition(edition));
    }

    /**
     * The "extended" fixture (every key of format 2.0): a mixed public resource held by one unpaid person, so a
     * capped score, licences per component, an argument against and an excluded fund.
     */
    public static Report extended(String locale) {
        return extended(locale, Edition.PLAN);
    }

    public static Report extended(String locale, Edition edition) {
        Scenario scenario = Scenario.load("extended").answer("resource_type", "mixed").answer("public_body", true)
                .answer("maintainers", 5).answer("hosting", "one_person").answer("paid", false)
                .answer("rules_by", "community").answer("ecological", false);
        return ReportBuilder.build(scenario.evaluation(), locale, ReportContext.on(DATE).withEdition(edition));
    }

    /** The shipped questionnaire with an answer to every question ({@link FullAnswers}): many options per kind. */
    public static Report shipped(String locale) throws QuestionnaireException {
        Questionnaire q = QuestionnaireLoader.load(Path.of("questionnaires/communs-numeriques"));
        return ReportBuilder.build(Engine.evaluate(q, FullAnswers.of(q)), locale, ReportContext.on(DATE));
    }

    /** The plan sheet reference of {@link #tracked}. */
    public static final String REFERENCE = "P-0123456789abcdef";

    /**
     * The shipped questionnaire's report with its first action in progress, carried by « la DSI », due before the
     * report's date (so overdue) and with a note, and its second done.
     */
    public static Report tracked(String locale) throws QuestionnaireException {
        Questionnaire q = QuestionnaireLoader.load(Path.of("questionnaires/communs-numeriques"));
        Report untracked = shipped(locale);
        String first = firstAction(untracked);
        String second = untracked.planItems().get(1).action().id();
        Tracking tracking = new Tracking(Map.of(
                first, new ActionTracking(ActionStatus.IN_PROGRESS, Optional.of("la DSI"),
                        Optional.of(DATE.minusMonths(1).withDayOfMonth(31)), Optional.of("Atelier le 12"), 3),
                second, new ActionTracking(ActionStatus.DONE, Optional.empty(), Optional.of(DATE.minusDays(40)),
                        Optional.empty(), 1)), 7, Optional.of(REFERENCE));
        return ReportBuilder.build(Engine.evaluate(q, FullAnswers.of(q)), locale,
                ReportContext.on(DATE).withTracking(tracking));
    }

    public static String firstAction(Report report) {
        return report.planItems().getFirst().action().id();
    }

    public static byte[] bytes(Report report, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportExporter.write(report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
