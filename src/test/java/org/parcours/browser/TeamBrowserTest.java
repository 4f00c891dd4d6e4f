package org.parcours.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A team diagnostic in three Chromium profiles: a facilitator and two members. In regards croisés the members answer
 * differently, the facilitator opens the comparison, reaches it with the keyboard alone, sees the most divergent
 * question first, sets the agreed answer, and the report shows where views differ; in an atelier a change made in one
 * profile appears in the other without a reload. axe-core checks every new page.
 */
@TestPropertySource(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class TeamBrowserTest extends ChromiumTest {

    private static final int MAX_TABS = 80;
    private static final LocatorAssertions.IsCheckedOptions SOON = new LocatorAssertions.IsCheckedOptions()
            .setTimeout(5000);

    @Test
    void regards_croises_from_creation_to_the_report_with_its_divergence_section() {
        try (BrowserContext facilitatorContext = french(); BrowserContext aliceContext = french();
             BrowserContext bobContext = french()) {
            Page facilitator = facilitatorContext.newPage();
            String invitation = create(facilitator, "Regards croisés : chacun seul, puis ensemble");
            Accessibility.assertNoSeriousViolations(facilitator);

            Page alice = join(aliceContext.newPage(), invitation, "Alice", true);
            Page bob = join(bobContext.newPage(), invitation, "Bob", false);
            answer(alice, "Logiciel", "Maintenance");
            answer(bob, "Données", "Maintenance");
            Accessibility.assertNoSeriousViolations(bob);

            facilitator.reload();
            button(facilitator, "Ouvrir la comparaison").click();
            ChromiumTest.waitForServer(facilitator);
            tabUntil(facilitator, "document.activeElement?.textContent === 'Voir la comparaison, question par question'");
            facilitator.keyboard().press("Enter");
            facilitator.waitForURL(Pattern.compile(".*/c/[A-Za-z0-9_-]{43}$"));
            Locator compared = facilitator.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                    .setHas(facilitator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(3))));
            compared.first().waitFor();
            assertThat(compared.first().getByRole(AriaRole.HEADING).textContent()).isEqualTo("Type");
            assertThat(compared.first().textContent()).contains("Divergence\u00A0: 100\u202F%",
                    "Logiciel\u00A0: 1 · Données\u00A0: 1");
            Accessibility.assertNoSeriousViolations(facilitator);
            tabUntil(facilitator, "document.activeElement?.textContent === 'Retour'");
            facilitator.keyboard().press("Enter");
            facilitator.waitForURL(Pattern.compile(".*/t/[A-Za-z0-9_-]{43}$"));

            Locator agreedType = facilitator.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Type"));
            // prefilled with the proposal: a tie goes to the option listed first
            assertThat(radio(agreedType, "Logiciel")).isChecked(SOON);
            radio(agreedType, "Données").check();
            facilitator.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Réponse retenue enregistrée : « Type ».")).waitFor();
            Accessibility.assertNoSeriousViolations(facilitator);

            facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir le rapport de l’équipe"))
                    .first().click();
            facilitator.waitForURL(Pattern.compile(".*/r/[A-Za-z0-9_-]{43}$"));
            Locator divergence = facilitator.locator("section#divergence");
            divergence.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName("Là où vos regards divergent").setLevel(2)).waitFor();
            assertThat(divergence.locator("tr").filter(new Locator.FilterOptions().setHasText("Type")).textContent())
                    .contains("Données");
            assertThat(divergence.textContent()).contains("Réponse retenue");
            Accessibility.assertNoSeriousViolations(facilitator);
        }
    }

    @Test
    void in_an_atelier_a_change_in_one_browser_appears_in_the_other_without_reload() {
        try (BrowserContext facilitatorContext = french(); BrowserContext aliceContext = french();
             BrowserContext bobContext = french()) {
            String invitation = create(facilitatorContext.newPage(), "Atelier : des réponses partagées, en direct");
            Page alice = join(aliceContext.newPage(), invitation, "Alice", false);
            Page bob = join(bobContext.newPage(), invitation, "Bob", false);

            radio(alice, "Données").check();
            saved(alice);

            assertThat(radio(bob, "Données")).isChecked(SOON);
            bob.getByText(Pattern.compile("^Modifiée par Alice à")).first().waitFor();
            bob.getByText("Alice — Identifier").waitFor();
            Accessibility.assertNoSeriousViolations(bob);
        }
    }

    private BrowserContext french() {
        return newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
    }

    /** Creates a team diagnostic from the home page; returns the invitation link the facilitator's page shows. */
    private String create(Page page, String mode) {
        page.navigate(url("/"));
        page.getByText("Diagnostic en équipe").click();
        radio(page, mode).check();
        button(page, "Créer un diagnostic d’équipe « Mini »").click();
        page.waitForURL(Pattern.compile(".*/t/[A-Za-z0-9_-]{43}$"));
        Locator invitation = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("Lien d’invitation à partager"));
        page.waitForCondition(() -> invitation.inputValue().contains("/j/"));
        return invitation.inputValue();
    }

    private Page join(Page page, String invitation, String name, boolean checkAccessibility) {
        page.navigate(invitation);
        Locator field = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("Votre nom dans l’équipe (facultatif)"));
        field.waitFor();
        if (checkAccessibility) Accessibility.assertNoSeriousViolations(page);
        field.fill(name);
        button(page, "Rejoindre l’équipe").click();
        page.waitForURL(Pattern.compile(".*/m/[A-Za-z0-9_-]{43}$"));
        radio(page, "Logiciel").waitFor();
        ChromiumTest.waitForServer(page);
        return page;
    }

    private static void answer(Page page, String type, String need) {
        radio(page, type).check();
        saved(page);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(need).setExact(true)).check();
        saved(page);
    }

    private static void saved(Page page) {
        ChromiumTest.waitForServer(page);
        page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Enregistré à"))).first().waitFor();
    }

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator radio(Locator scope, String name) {
        return scope.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void tabUntil(Page page, String condition) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(page.evaluate(condition))) return;
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached: " + condition);
    }
}
