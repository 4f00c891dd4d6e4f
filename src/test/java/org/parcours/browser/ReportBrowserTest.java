package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.ContentAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report of the shipped diagnostic, answered as its first content test's team: the synthesis comes first
 * under the title, the plan's actions are numbered, and a team says by keyboard alone whether a recommendation
 * helped — the dialog, the comment, the thanks announced, the answer kept; axe-core finds nothing serious.
 */
class ReportBrowserTest extends ChromiumTest {

    private static final int MAX_TABS = 200;

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_synthesis_comes_first_actions_are_numbered_and_feedback_is_given_by_keyboard() {
        AssessmentState team = answeredAsTheFirstContentTest();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + team.token().value() + "/report"));
            page.locator("section#summary").waitFor();
            page.locator("section#plan").waitFor();

            assertThat(page.evaluate("() => { const h1 = document.querySelector('main h1');"
                    + " const first = [...document.querySelectorAll('main section')][0];"
                    + " return first.id === 'summary' && !!(h1.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)"
                    + " && !!(first.compareDocumentPosition(document.querySelector('.pc-report-tools'))"
                    + " & Node.DOCUMENT_POSITION_FOLLOWING); }")).isEqualTo(true);
            List<String> actions = page.locator("section#plan ol.plan h4").allTextContents();
            assertThat(actions).isNotEmpty();
            for (int i = 0; i < actions.size(); i++) {
                assertThat(actions.get(i)).startsWith((i + 1) + ". ");
            }
            Accessibility.assertNoSeriousViolations(page);

            tabUntil(page, "document.activeElement?.getAttribute('data-verdict') === 'NOT_FOR_US'", MAX_TABS);
            String recommendation = (String) page.evaluate("document.activeElement.getAttribute('data-rec')");
            page.keyboard().press("Enter");
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            // the dialog element itself is laid out as display: contents, so its title is what becomes visible
            dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^Votre avis sur « .+ »$"))).waitFor();
            assertThat(dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Pas pour nous"))
                    .isChecked()).isTrue();
            Accessibility.assertNoSeriousViolations(page);
            tabUntil(page, "document.activeElement?.closest('vaadin-text-area') !== null", MAX_TABS);
            page.keyboard().type("Trop tôt pour nous : revenir dans un an.");
            tabUntil(page, "document.activeElement?.textContent?.trim() === 'Envoyer'", MAX_TABS);
            page.keyboard().press("Enter");

            page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Merci ! Votre avis sur « .+ » est enregistré\\.$"))).waitFor();
            Locator pressed = page.locator("[data-rec='" + recommendation + "'][data-verdict='NOT_FOR_US']");
            assertThat(pressed.getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(jdbc.queryForMap("select verdict, comment from recommendation_feedback"
                    + " where recommendation_id = ? and assessment_id = ?", recommendation,
                    assessments.idOf(team.token()).orElseThrow()))
                    .containsEntry("verdict", "NOT_FOR_US")
                    .containsEntry("comment", "Trop tôt pour nous : revenir dans un an.");
        }
    }

    private AssessmentState answeredAsTheFirstContentTest() {
        String name = ContentAnswers.shipped(assessments).tests().getFirst().name();
        return ContentAnswers.answered(assessments, 0, "Équipe du test « " + name + " »");
    }
}
