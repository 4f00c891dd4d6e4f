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
import org.parcours.assessment.ContentAnswers;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team follows up an action of its plan on the report page — a solo report, or a team diagnostic's: « Suivre cette
 * action » opens the follow-up dialog (axe-core finds nothing serious in it), the team names an owner and sets the
 * status, and the plan shows them once the dialog closes; the database keeps them.
 */
class TrackerBrowserTest extends ChromiumTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TeamService teams;

    @Test
    void an_action_marked_done_with_its_owner_shows_in_the_plan() {
        AssessmentState team = answeredAsTheFirstContentTest();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + team.token().value() + "/report"));
            String action = followUpTheFirstAction(page, "Service numérique", "fait");

            assertThat(jdbc.queryForMap("select status, owner from tracked_action where assessment_id = ?"
                    + " and action_id = ?", assessments.idOf(team.token()).orElseThrow(), action))
                    .containsEntry("owner", "Service numérique").containsEntry("status", "done");
            assertThat(page.locator("section#plan").textContent()).contains("fait");
        }
    }

    @Test
    void a_member_of_an_atelier_follows_up_an_action_on_the_teams_report() {
        TeamCreated team = teams.fromSolo(answeredAsTheFirstContentTest().token(), TeamMode.ATELIER, false)
                .orElseThrow();
        JoinOutcome.Joined member = (JoinOutcome.Joined) teams.join(team.invitation().value(), "Awa");
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/r/" + member.link().value()));
            String action = followUpTheFirstAction(page, "Médiathèque", "en cours");

            assertThat(jdbc.queryForMap("select status, owner from team_tracked_action where action_id = ?"
                    + " and owner = ?", action, "Médiathèque")).containsEntry("status", "in_progress");
        }
    }

    /**
     * Opens « Suivre cette action » under the plan's first action (axe-core finds nothing serious in the dialog),
     * names an owner, picks a status, saves, and waits for the plan to show the owner; the action's id.
     */
    private static String followUpTheFirstAction(Page page, String owner, String status) {
        Locator first = page.locator("section#plan .pc-track-button").first();
        first.waitFor();
        String action = first.getAttribute("data-track");
        first.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Suivi de « .+ »$"))).waitFor();
        Accessibility.assertNoSeriousViolations(page);
        page.getByLabel("Responsable (une personne, un service, un partenaire)").fill(owner);
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(status)).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        page.locator("section#plan").filter(new Locator.FilterOptions().setHasText(owner)).waitFor();
        return action;
    }

    private AssessmentState answeredAsTheFirstContentTest() {
        return ContentAnswers.answered(assessments, 0, "Équipe du suivi");
    }
}
