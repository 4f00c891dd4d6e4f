package org.parcours.browser;

import com.microsoft.playwright.*;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.*;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class UidlProbeTest extends ChromiumTest {
    @Test
    void probe() throws Exception {
        StringBuilder out = new StringBuilder();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.onRequest(r -> { out.append("\n>> ").append(r.method()).append(' ').append(r.url()).append('\n');
                if (r.postData() != null) out.append(r.postData()).append('\n'); });
            page.onResponse(r -> { try { if (r.url().contains("v-r=") || r.url().endsWith("/")) out.append("<< ").append(r.status()).append(' ').append(r.text(), 0, Math.min(r.text().length(), 60000)).append('\n'); } catch (Exception e) { } });
            page.navigate(url("/"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Commencer le diagnostic"))).click();
            page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Données").setExact(true)).check();
            waitForServer(page);
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Maintenance").setExact(true)).check();
            waitForServer(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
            page.waitForURL(Pattern.compile(".*/sustain$"));
            waitForServer(page);
            Locator vision = page.locator("vaadin-text-area textarea").first();
            vision.fill("abc");
            vision.press("Tab");
            waitForServer(page);
            Thread.sleep(1000);
        }
        Files.writeString(Path.of("/tmp/h17-uidl.txt"), out);
    }
}
