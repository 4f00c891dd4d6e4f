package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.ContentAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15's path in a real browser: a team that finished round 1 sets a target, takes the diagnostic again from
 * its answers, changes two of them, marks an action of its plan done, and reads « Votre progression » in round 2's
 * report, then round 1 as it was; axe-core finds nothing serious on the report with its rounds.
 */
class RoundsBrowserTest extends ChromiumTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void round_two_prefilled_two_answers_changed_an_action_done_and_the_progression_shown() {
        AssessmentState first = finishedAsTheFirstContentTest();
        String token = first.token().value();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + token + "/report"));
            page.locator("section#plan").waitFor();

            page.getByText("Vos objectifs par phase").click();
            Locator target = page.locator(".pc-targets vaadin-select").first();
            target.click();
            page.getByRole(AriaRole.OPTION).last().click();
            page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Objectif de la phase .+ enregistré\\.$"))).waitFor();

            page.getByText("Refaire le diagnostic").click();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Vos réponses de ce tour"))).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer le tour 2")).click();
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Étapes du diagnostic")).waitFor();

            long second = assessments.open(token).orElseThrow().id();
            assertThat(second).as("the link opens round 2").isNotEqualTo(first.id());
            Map<String, String> before = answersOf(second);
            for (int changed = 1; changed <= 2; changed++) {
                Locator group = page.getByRole(AriaRole.RADIOGROUP).all().stream().filter(Locator::isVisible)
                        .skip(changed).findFirst().orElseThrow();
                group.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(false)).first().check();
                int saved = changed;
                page.waitForCondition(() -> changed(before, answersOf(second)) == saved);
            }

            page.navigate(url("/a/" + token + "/report"));
            Locator track = page.locator("section#plan .pc-track-button").first();
            track.waitFor();
            track.click();
            Locator heading = page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.HEADING,
                    new Locator.GetByRoleOptions().setName(Pattern.compile("^Suivi de « .+ »$")));
            String action = heading.textContent().replaceAll("^Suivi de « (.+) »$", "$1");
            page.getByRole(AriaRole.DIALOG).locator("vaadin-select").click();
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("fait")).first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
            page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Suivi de .+ enregistré\\.$"))).waitFor();

            Locator progress = page.locator("section#progress");
            progress.waitFor();
            page.waitForCondition(() -> progress.textContent().contains(action));
            assertThat(progress.textContent()).contains("Votre progression").contains("Tour 1").contains("Tour 2")
                    .contains("Actions faites depuis le dernier tour");
            assertThat(page.locator(".pc-report-summary").textContent()).as("the target's gap").contains("cible");
            assertThat(page.locator(".pc-report-status").first().textContent()).contains("Tour 2");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vos tours précédents"))
                    .count()).isEqualTo(1);
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lire le tour 1")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Tour 1 \\(lecture seule\\)")).setLevel(1)).waitFor();
            page.locator("section#plan").waitFor();
            assertThat(page.locator("section#plan .pc-track-button").count()).as("read-only").isZero();
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    private Map<String, String> answersOf(long assessmentId) {
        Map<String, String> answers = new java.util.HashMap<>();
        jdbc.query("select question_id, value_json from answer where assessment_id = ?",
                rs -> {
                    answers.put(rs.getString(1), rs.getString(2));
                }, assessmentId);
        return answers;
    }

    private static long changed(Map<String, String> before, Map<String, String> now) {
        return now.entrySet().stream().filter(e -> !java.util.Objects.equals(before.get(e.getKey()), e.getValue()))
                .count();
    }

    private AssessmentState finishedAsTheFirstContentTest() {
        AssessmentState state = ContentAnswers.answered(assessments, 0, "Équipe des tours");
        assertThat(state.evaluation().complete()).isTrue();
        return state;
    }
}
