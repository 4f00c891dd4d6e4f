package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The personal-data page, reached from the footer, in both languages; a team replacing its resume link and erasing
 * its diagnostic with the keyboard alone, through the confirmation dialog. axe-core checks the page and the dialog.
 */
class PrivacyBrowserTest extends ChromiumTest {

    @Test
    void the_footer_leads_to_the_personal_data_page_in_french_and_in_english() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Données personnelles")).click();

            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Données personnelles").setLevel(1))
                    .waitFor();
            assertThat(page.url()).endsWith("/donnees-personnelles");
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("18 mois", "JSESSIONID");
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Personal data").setLevel(1))
                    .waitFor();
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("kept 18 months after its last change");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void a_team_replaces_its_link_then_erases_its_diagnostic_with_the_keyboard() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^Commencer le diagnostic"))).click();
            page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));
            String leaked = page.url();
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("gardé 18 mois après sa dernière modification");

            press(page, "Obtenir un nouveau lien");
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions()
                    .setName("Remplacer le lien de reprise ?"));
            opened(dialog);
            Accessibility.assertNoSeriousViolations(page);
            focusAndEnter(page, dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Remplacer le lien")));
            page.waitForURL(url -> !url.equals(leaked) && url.endsWith("/identify"));
            page.getByText("Voici votre nouveau lien de reprise").waitFor();
            String renewed = page.url();
            Locator link = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Lien de reprise"));
            // The field is filled by the page once it is attached: under load, a moment after the notice shows.
            page.waitForCondition(() -> !link.inputValue().isEmpty());
            assertThat(link.inputValue()).isEqualTo(renewed.replace("/identify", ""));
            assertThat(status(context, leaked)).as("the leaked link").isEqualTo(404);

            press(page, "Supprimer ce diagnostic");
            Locator confirm = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions()
                    .setName("Supprimer ce diagnostic ?"));
            opened(confirm);
            page.waitForFunction("() => document.activeElement && document.activeElement.textContent.trim() === 'Annuler'");
            page.keyboard().press("Escape");
            confirm.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(status(context, renewed)).as("still there after Escape").isEqualTo(200);

            press(page, "Supprimer ce diagnostic");
            opened(confirm);
            Accessibility.assertNoSeriousViolations(page);
            focusAndEnter(page, confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Supprimer définitivement")));
            page.getByText("Le diagnostic a été supprimé").waitFor();
            // The notice may be painted before the address changes: wait for the address, do not race it.
            page.waitForURL(url("/"));

            Response gone = page.navigate(renewed);
            assertThat(gone.status()).isEqualTo(404);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable")).waitFor();
        }
    }

    /** Vaadin's dialog element is the ARIA dialog; what it shows is laid out in its overlay, hence "attached". */
    private static void opened(Locator dialog) {
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuler")).waitFor();
    }

    /** Moves the keyboard focus to a button of the page and presses Enter, as a keyboard user would. */
    private static void press(Page page, String button) {
        waitForServer(page);
        focusAndEnter(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)));
    }

    private static void focusAndEnter(Page page, Locator button) {
        button.focus();
        page.keyboard().press("Enter");
    }

    private static int status(BrowserContext context, String address) {
        return context.request().get(address).status();
    }
}
