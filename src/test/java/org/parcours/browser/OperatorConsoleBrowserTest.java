package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator area in a real browser: the login page and the console pass axe, signing in and out works with the
 * keyboard, and a view the role does not open stays closed when Vaadin navigates to it without a page request.
 */
class OperatorConsoleBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "a long enough password";

    @DynamicPropertySource
    static void operators(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("parcours.operators.accounts[0].name", () -> "ada");
        registry.add("parcours.operators.accounts[0].password-hash", () -> hash);
        registry.add("parcours.operators.accounts[0].role", () -> "ADMIN");
        registry.add("parcours.operators.accounts[1].name", () -> "olga");
        registry.add("parcours.operators.accounts[1].password-hash", () -> hash);
        registry.add("parcours.operators.accounts[1].role", () -> "OPERATOR");
    }

    @Test
    void an_administrator_signs_in_with_the_keyboard_opens_the_audit_log_and_signs_out() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/admin"));
            assertThat(page.url()).endsWith("/admin/login");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
            Accessibility.assertNoSeriousViolations(page);

            page.getByLabel("Nom d’opérateur").fill("ada");
            page.getByLabel("Mot de passe").fill(PASSWORD);
            page.getByLabel("Mot de passe").press("Enter");

            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Espace opérateur")).waitFor();
            waitForServer(page);
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("ada", "administrateur");
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal d’audit")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Journal d’audit")).waitFor();
            waitForServer(page);
            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("SIGN_IN")).first().waitFor();
            Accessibility.assertNoSeriousViolations(page);

            page.navigate(url("/admin"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
            page.getByText("Vous êtes déconnecté·e.").waitFor();
            assertThat(page.url()).contains("/admin/login?signed-out");
        }
    }

    @Test
    void an_operator_moved_to_the_audit_log_by_vaadin_itself_gets_the_refusal() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(url("/admin/login"));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            page.getByLabel("Operator name").fill("olga");
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Operator area")).waitFor();
            waitForServer(page);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).count())
                    .isZero();

            // A router link made by hand: Vaadin navigates over its own channel, not through /admin/**.
            page.evaluate("() => { const a = document.createElement('a'); a.href = 'admin/audit';"
                    + " a.setAttribute('router-link', ''); a.textContent = 'x'; document.body.appendChild(a); a.click(); }");

            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Access denied")).waitFor();
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).doesNotContain("SIGN_IN");
            Accessibility.assertNoSeriousViolations(page);
        }
    }
}
