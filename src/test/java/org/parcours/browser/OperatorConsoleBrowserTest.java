package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator area in a real browser: the login page and the console pass axe, signing in and out works with the
 * keyboard, and a view the role does not open stays closed when Vaadin navigates to it without a page request.
 */
class OperatorConsoleBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private JdbcTemplate jdbc;

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
    void an_administrator_lists_filters_reads_and_erases_an_assessment_after_confirming() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        assessments.start("communs-numeriques", "Équipe à effacer", "fr");
        assessments.start("communs-numeriques", "Équipe gardée", "fr");
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = signIn(context, "ada");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diagnostics")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Diagnostics")).waitFor();
            waitForServer(page);
            page.getByText("Équipe gardée").waitFor();
            assertThat(page.getByText("2 correspondent aux filtres").count()).isEqualTo(1);
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("Consulter le diagnostic n° \\d+"))).last().click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Réponses")).waitFor();
            waitForServer(page);
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("Équipe à effacer", "En cours");
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Effacer ce diagnostic")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Effacer définitivement")).click();
            page.getByText("1 correspondent aux filtres").waitFor();
            waitForServer(page);
            assertThat(page.getByText("Équipe à effacer").count()).isZero();
            assertThat(jdbc.queryForList("select team_name from assessment", String.class))
                    .containsExactly("Équipe gardée");
            assertThat(jdbc.queryForList("select action from operator_audit where actor = 'ada' order by id",
                    String.class)).containsSubsequence("SIGN_IN", "ASSESSMENTS_LISTED", "ASSESSMENT_READ",
                    "ASSESSMENT_ERASED");
        }
    }

    @Test
    void an_administrator_shortens_the_retention_after_being_told_what_the_next_purge_erases_then_puts_it_back() {
        jdbc.update("delete from instance_setting");
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        long old = assessments.start("communs-numeriques", "Équipe ancienne", "fr").id();
        assessments.start("communs-numeriques", "Équipe récente", "fr");
        jdbc.update("update assessment set updated_at = ? where id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMonths(7), old);
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = signIn(context, "ada");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Durée de conservation")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Durée de conservation")).waitFor();
            waitForServer(page);
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("18 mois", "parcours.retention");
            Accessibility.assertNoSeriousViolations(page);

            page.getByLabel("Durée", new Page.GetByLabelOptions().setExact(true)).fill("121");
            page.getByLabel("Durée", new Page.GetByLabelOptions().setExact(true)).press("Tab");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer cette durée")).click();
            page.getByText("Choisissez une durée de 1 jour à 10 ans").waitFor();
            waitForServer(page);
            Accessibility.assertNoSeriousViolations(page);

            page.getByLabel("Durée", new Page.GetByLabelOptions().setExact(true)).fill("6");
            page.getByLabel("Durée", new Page.GetByLabelOptions().setExact(true)).press("Tab");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer cette durée")).press(
                    "Enter");
            page.getByText("Avec 6 mois, la prochaine purge (dans l’heure) effacera définitivement 1 diagnostic(s)")
                    .waitFor();
            settled(page);
            Accessibility.assertNoSeriousViolations(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raccourcir et effacer")).click();
            page.getByText("durée choisie par ada").waitFor();
            waitForServer(page);
            assertThat(jdbc.queryForList("select setting_value from instance_setting", String.class))
                    .containsExactly("P6M");
            settled(page);
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    "Revenir à la valeur par défaut (18 mois)")).click();
            page.getByText("c’est la valeur de la configuration").waitFor();
            waitForServer(page);
            assertThat(jdbc.queryForObject("select count(*) from instance_setting", Integer.class)).isZero();
            assertThat(jdbc.queryForList("select target from operator_audit where actor = 'ada' and action = "
                    + "'RETENTION_CHANGED' order by id", String.class)).containsExactly(
                    "retention P18M (default) → P6M", "retention P6M → P18M (default)");
        } finally {
            jdbc.update("delete from instance_setting");
        }
    }

    @Test
    void an_operator_reads_the_retention_but_is_offered_no_change() {
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = signIn(context, "olga");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retention")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retention")).waitFor();
            waitForServer(page);
            assertThat(page.getByRole(AriaRole.MAIN).textContent()).contains("18 months",
                    "Only an administrator can change the retention.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("Save|Back to the default"))).count()).isZero();
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void an_operator_reads_the_list_but_is_offered_no_erasure() {
        assessments.start("communs-numeriques", "Équipe lue", "en");
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = signIn(context, "olga");
            page.navigate(url("/admin/assessments"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Assessments")).waitFor();
            waitForServer(page);
            page.getByText("Équipe lue").first().waitFor();

            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("Erase"))).count()).isZero();
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void an_operator_reads_the_aggregate_figures_as_charts_with_words_and_downloads_them() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        for (int i = 0; i < 6; i++) assessments.start("communs-numeriques", null, "fr");
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = signIn(context, "olga");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chiffres agrégés")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Taux d’achèvement")).waitFor();
            waitForServer(page);

            assertThat(page.getByText("0 diagnostics terminés sur 6 (0 %).").count()).isEqualTo(1);
            assertThat(page.locator("figure.pc-aggregate-chart svg[role=img]").count()).isPositive();
            assertThat(page.locator("figure.pc-aggregate-chart figcaption").first().textContent())
                    .contains("sur 6");
            Accessibility.assertNoSeriousViolations(page);
            com.microsoft.playwright.Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger en CSV")).click());
            assertThat(csv.suggestedFilename()).matches("parcours-figures-communs-numeriques-\\d+\\.\\d+\\.\\d+\\.csv");
            waitForServer(page);
            assertThat(jdbc.queryForList("select action from operator_audit where actor = 'olga'", String.class))
                    .contains("AGGREGATES_READ", "AGGREGATES_EXPORTED");
        }
    }

    /** Once the dialog or the notification has faded in: half-way, it is pale and axe sees too little contrast. */
    private static void settled(Page page) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
    }

    private Page signIn(BrowserContext context, String name) {
        Page page = context.newPage();
        page.navigate(url("/admin/login"));
        page.locator("#username").fill(name);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        page.waitForURL(url("/admin"));
        waitForServer(page);
        return page;
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
