package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A team on a 375 px wide phone, using the keyboard alone, starts a diagnostic and answers a question. */
class KeyboardAndSmallScreenBrowserTest extends ChromiumTest {

    private static final int MAX_TABS = 60;

    @Test
    void the_keyboard_alone_starts_a_diagnostic_and_saves_an_answer_on_a_small_screen() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setViewportSize(375, 812))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Parcours").setLevel(1)).waitFor();

            tabUntil(page, "document.activeElement?.closest('vaadin-text-field') !== null", MAX_TABS);
            page.keyboard().type("Keyboard team");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement?.textContent")).isEqualTo("Start");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Diagnostic phases")).waitFor();

            tabUntil(page, "document.activeElement?.closest('vaadin-radio-group') !== null", MAX_TABS);
            page.keyboard().press("Space");

            page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Saved at"))).waitFor();
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            Accessibility.assertNoSeriousViolations(page);
        }
    }
}
