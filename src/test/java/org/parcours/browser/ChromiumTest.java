package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the application on a random port, and Debian's Chromium (or a visible skip without it). Every
 * test also checks that the browser refused nothing under the application's Content-Security-Policy: what the
 * policy blocks, Chromium reports on the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ChromiumTest {

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() {
        chromium = Chromium.launchOrSkip();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void nothingWasBlockedByTheContentSecurityPolicy() {
        assertThat(policyViolations).isEmpty();
    }

    /** A fresh browser profile: its own cookies and storage, the given language and screen size. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = chromium.browser().newContext(options);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return context;
    }

    /** Waits until Vaadin has no request under way, so that what the server decided is on the page. */
    static void waitForServer(Page page) {
        Chromium.waitForServer(page);
    }

    /**
     * Presses Tab until the condition (a script expression) holds in the page, as a keyboard user would move
     * through it; fails after {@code maxTabs} presses.
     */
    static void tabUntil(Page page, String condition, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            if (Boolean.TRUE.equals(page.evaluate(condition))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached: " + condition);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
