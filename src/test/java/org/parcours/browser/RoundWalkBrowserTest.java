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
import org.parcours.assessment.NextRound;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Round 2 of the shipped questionnaire, started from round 1's answers, in Chromium: the page says « Tour 2 », how
 * many answers remain to confirm, and what the previous round left behind; each carried answer's mark describes its
 * field for screen readers. The team confirms one answer with the keyboard alone and changes another; axe-core finds
 * nothing serious with the marks, the notice and the open list shown, on a desktop and on a 375 px wide phone.
 */
class RoundWalkBrowserTest extends ChromiumTest {

    private static final int MAX_TABS = 80;
    private static final String MARK = "À confirmer — réponse reprise du tour précédent";
    private static final Pattern CONFIRM = Pattern.compile("^Confirmer cette réponse : ");

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private RoundService rounds;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_team_confirms_a_carried_answer_with_the_keyboard_and_changes_another() {
        AssessmentState second = secondRound();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + second.token().value()));
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Étapes du diagnostic")).waitFor();
            assertThat(page.locator(".pc-walk-heading").textContent()).contains("Tour 2");
            Locator notice = page.locator(".pc-to-confirm-notice");
            assertThat(notice.textContent())
                    .matches(".*\\d+ réponses reprises du tour précédent restent à confirmer :.*");
            assertThat(notice.getByRole(AriaRole.LINK).count()).isGreaterThanOrEqualTo(2);
            page.getByText("Réponses du tour précédent non reprises (1)").click();
            page.getByText("Licence du code : cette question n’existe plus dans cette version du questionnaire")
                    .waitFor();

            Locator buttons = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(CONFIRM));
            int before = buttons.count();
            assertThat(before).isGreaterThanOrEqualTo(2);
            assertThat(page.getByText(MARK).count()).isEqualTo(before);
            assertThat(describedBy(page, firstMarkedQuestion(page))).contains(MARK);
            Accessibility.assertNoSeriousViolations(page);

            tabUntil(page, "document.activeElement?.getAttribute('aria-label')?.startsWith('Confirmer cette réponse')",
                    MAX_TABS);
            String confirmed = (String) page.evaluate("document.activeElement.closest('.pc-question').id");
            page.keyboard().press("Enter");
            page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Réponse à « .+ » confirmée à"))).waitFor();
            assertThat(buttons.count()).isEqualTo(before - 1);
            assertThat(page.locator("#" + confirmed).getByText(MARK).count()).isZero();
            ChromiumTest.waitForServer(page);
            assertThat(page.evaluate("document.activeElement.closest('.pc-question')?.id"))
                    .as("the focus goes back to the confirmed question's field").isEqualTo(confirmed);
            String confirmedId = confirmed.substring("question-".length());
            assertThat(assessments.open(second.token().value()).orElseThrow().round().toConfirm(confirmedId)).isFalse();

            String changed = firstMarkedQuestion(page);
            page.locator("#" + changed).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(false))
                    .first().check();
            page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Enregistré à"))).waitFor();
            ChromiumTest.waitForServer(page);
            assertThat(page.locator("#" + changed).getByText(MARK).count()).isZero();
            assertThat(buttons.count()).isEqualTo(before - 2);
            AssessmentState now = assessments.open(second.token().value()).orElseThrow();
            String changedId = changed.substring("question-".length());
            assertThat(now.round().toConfirm(changedId)).isFalse();
            assertThat(now.answers().get(changedId)).isNotEqualTo(second.answers().get(changedId));
            assertThat(page.getByText(MARK).count()).as("marks still shown").isPositive();
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void the_marks_the_notice_and_the_list_fit_a_375_px_wide_phone() {
        AssessmentState second = secondRound();
        try (BrowserContext context = newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(375, 812))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + second.token().value()));
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Étapes du diagnostic")).waitFor();
            page.getByText("Réponses du tour précédent non reprises (1)").click();
            assertThat(page.getByText(MARK).count()).isPositive();
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    /** The id of the first question block on the page whose answer is still to confirm and is a single choice. */
    private static String firstMarkedQuestion(Page page) {
        return (String) page.evaluate("[...document.querySelectorAll('.pc-to-confirm-mark')]"
                + ".map(mark => mark.closest('.pc-question'))"
                + ".find(block => block.querySelector('vaadin-radio-group')).id");
    }

    /** What the question's radio group is described by for assistive technology: the texts its ids name. */
    private static String describedBy(Page page, String blockId) {
        return (String) page.evaluate("id => { const group = document.querySelector('#' + id + ' vaadin-radio-group');"
                + " return (group.getAttribute('aria-describedby') || '').split(' ')"
                + ".map(ref => document.getElementById(ref)?.textContent || '').join(' '); }", blockId);
    }

    /**
     * Round 1 answered as the shipped questionnaire's first content test, then round 2 started from it; with one
     * answer of the previous round left behind, as a round started on a newer version keeps it (the questionnaire
     * has one version here: RoundAcrossVersionsTest starts such a round for real).
     */
    private AssessmentState secondRound() {
        Questionnaire shipped = assessments.questionnaires().stream()
                .filter(q -> q.id().equals("communs-numeriques")).findFirst().orElseThrow();
        ContentTest first = shipped.tests().getFirst();
        AssessmentState state = assessments.start(shipped.id(), "Équipe du tour 2", "fr");
        for (var answer : Answers.fromRaw(shipped, first.answers()).answers().asMap().entrySet()) {
            state = ((SaveOutcome.Saved) assessments.answer(state.token(), answer.getKey(),
                    state.versionOf(answer.getKey()), answer.getValue())).state();
        }
        AssessmentState second = ((NextRound.Started) rounds.start(state.token(), true)).state();
        jdbc.update("insert into round_not_carried (assessment_id, position, question_id, option_id, reason, "
                + "value_json, subject_fr, subject_en) values (?, 0, 'code_license', null, 'QUESTION_REMOVED', "
                + "'\"mit\"', 'Licence du code', 'Code licence')", second.id());
        return assessments.open(second.token().value()).orElseThrow();
    }
}
