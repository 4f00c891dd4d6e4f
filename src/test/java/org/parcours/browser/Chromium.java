package org.parcours.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. On a developer machine without Chromium the browser tests are
 * skipped with a visible reason; under {@code CI=true} they fail instead, so CI never passes by skipping them.
 */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("PARCOURS_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static Chromium launchOrSkip() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String reason = "Chromium not found at " + EXECUTABLE + ": install Debian's chromium to run browser tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: browser tests may not be skipped)");
            }
            Assumptions.abort(reason);
        }
        return new Chromium();
    }

    public Browser browser() {
        return browser;
    }

    /** Waits until Vaadin has no request under way, so that what the server decided is on the page. */
    public static void waitForServer(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(client => client.isActive())");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
