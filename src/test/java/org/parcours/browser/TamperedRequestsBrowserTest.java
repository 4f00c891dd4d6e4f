package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A visitor who sends values the page's components cannot take — here a 200,000-character text with a forged log
 * line, where a list of options is expected — adds one short, escaped line to the log and no stack trace, and is
 * told politely that something went wrong.
 */
@ExtendWith(OutputCaptureExtension.class)
class TamperedRequestsBrowserTest extends ChromiumTest {

    private static final String FORGED = "2026-12-02T00:00:00.000Z ERROR 1 --- [main] forged.Logger : forged line";

    @Test
    void a_value_the_page_cannot_take_adds_one_short_escaped_line_to_the_log_and_a_polite_message(
            CapturedOutput log) {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Commencer le diagnostic"))).click();
            page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));
            page.navigate(page.url() + "/2");
            page.locator("vaadin-checkbox-group").first().waitFor();
            ChromiumTest.waitForServer(page);
            int before = log.getAll().length();

            page.evaluate("forged => { document.querySelector('vaadin-checkbox-group').value ="
                    + " 'x\\n' + forged + 'y'.repeat(200000); }", FORGED);
            page.getByText(Pattern.compile("^Quelque chose n'a pas fonctionné de notre côté")).waitFor();

            String added = log.getAll().substring(before);
            assertThat(added.lines()).singleElement().asString().contains("unexpected error on a page")
                    .hasSizeLessThan(600);
            assertThat(added).doesNotContain("\tat ").doesNotContain("\n" + FORGED).doesNotContain("yyyyyyyyyy".repeat(50));
        }
    }
}
