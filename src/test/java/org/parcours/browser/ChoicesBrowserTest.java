package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The walk's radio and checkbox groups and its help in Chromium: a required question left empty says so at the
 * field, the help opens from the keyboard, an exclusive option unticks the others in the browser, and choices are
 * saved and come back when the pages are opened again; the product name leads back home.
 */
class ChoicesBrowserTest extends ChromiumTest {

    private static final String DATA = "Des données (jeu de données, base, référentiel)";
    private static final String COMPANIES = "Des entreprises partenaires, qui l'utilisent ou y contribuent d'elles-mêmes";
    private static final String NOBODY = "Personne pour l'instant";

    @Test
    void choices_are_saved_exclusive_options_behave_and_help_opens_from_the_keyboard() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Commencer le diagnostic"))).click();
            page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
            ChromiumTest.waitForServer(page);
            assertThat(page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                            .setName(Pattern.compile("^Quelle est la ressource que vous voulez partager")))
                    .getByText("Cette question attend une réponse.").isVisible())
                    .as("the refusal shown at the field").isTrue();
            radio(page, DATA).check();
            saved(page);
            String firstPage = page.url();

            Locator helpText = page.getByText(Pattern.compile("^Un commun numérique est une ressource numérique"));
            assertThat(helpText.isVisible()).isFalse();
            page.getByText("Aide : Quelle est la ressource que vous voulez partager ?").focus();
            page.keyboard().press("Enter");
            helpText.waitFor();

            page.navigate(firstPage + "/2");
            checkbox(page, COMPANIES).check();
            saved(page);
            checkbox(page, NOBODY).check();
            saved(page);
            assertThat(checkbox(page, COMPANIES).isChecked()).as("cleared by the exclusive option").isFalse();

            page.reload();
            checkbox(page, NOBODY).waitFor();
            ChromiumTest.waitForServer(page);
            assertThat(checkbox(page, NOBODY).isChecked()).isTrue();
            assertThat(checkbox(page, COMPANIES).isChecked()).isFalse();
            page.navigate(firstPage);
            radio(page, DATA).waitFor();
            ChromiumTest.waitForServer(page);
            assertThat(radio(page, DATA).isChecked()).isTrue();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Parcours").setExact(true)).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Parcours").setLevel(1)).waitFor();
        }
    }

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator checkbox(Page page, String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void saved(Page page) {
        ChromiumTest.waitForServer(page);
        page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Enregistré à"))).waitFor();
    }
}
