package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class HomePageBrowserTest extends ChromiumTest {

    @Test
    void the_home_page_is_french_by_default_and_has_no_serious_accessibility_violation() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = open(context);

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("commun numérique");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void the_language_switch_turns_the_home_page_to_english() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = open(context);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français")).waitFor();
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("digital commons");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void the_home_page_fits_a_375_pixel_wide_screen() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setViewportSize(375, 812))) {
            Page page = open(context);

            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    private Page open(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(url("/"));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Parcours").setLevel(1)).waitFor();
        return page;
    }
}
