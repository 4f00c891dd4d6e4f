package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team follows up an action of its plan on the report page: « Suivre cette action » opens the follow-up dialog
 * (axe-core finds nothing serious in it), the team names an owner and marks the action done, and the plan shows
 * both once the dialog closes; the database keeps them.
 */
class TrackerBrowserTest extends ChromiumTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void an_action_marked_done_with_its_owner_shows_in_the_plan() {
        AssessmentState team = answeredAsTheFirstContentTest();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + team.token().value() + "/report"));
            Locator first = page.locator("section#plan .pc-track-button").first();
            first.waitFor();
            String action = first.getAttribute("data-track");
            first.click();

            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Suivi de « .+ »$"))).waitFor();
            Accessibility.assertNoSeriousViolations(page);
            page.getByLabel("Responsable (une personne, un service, un partenaire)").fill("Service numérique");
            dialog.locator("vaadin-select").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("fait")).first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

            page.locator("section#plan").filter(new Locator.FilterOptions().setHasText("Service numérique")).waitFor();
            assertThat(jdbc.queryForMap("select status, owner from tracked_action where assessment_id = ?"
                    + " and action_id = ?", assessments.idOf(team.token()).orElseThrow(), action))
                    .containsEntry("owner", "Service numérique").containsEntry("status", "done");
            assertThat(page.locator("section#plan").textContent()).contains("fait");
        }
    }

    private AssessmentState answeredAsTheFirstContentTest() {
        Questionnaire shipped = assessments.questionnaires().stream()
                .filter(q -> q.id().equals("communs-numeriques")).findFirst().orElseThrow();
        ContentTest first = shipped.tests().getFirst();
        Answers answers = Answers.fromRaw(shipped, first.answers()).answers();
        AssessmentState state = assessments.start(shipped.id(), "Équipe du suivi", "fr");
        for (var answer : answers.asMap().entrySet()) {
            state = ((SaveOutcome.Saved) assessments.answer(state.token(), answer.getKey(),
                    state.versionOf(answer.getKey()), answer.getValue())).state();
        }
        return state;
    }
}
