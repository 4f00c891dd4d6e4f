package org.parcours.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parcours.TestPostgres;
import org.parcours.browser.Chromium;

/**
 * Two Parcours nodes from the packaged jar behind HAProxy with cookie affinity, on one fresh PostgreSQL database,
 * driven through the balancer by real Chromium profiles, each pinned to a node by the balancer's cookie. Run by
 * {@code ./mvnw verify} after packaging (Failsafe); skipped visibly without PostgreSQL, HAProxy or Chromium, failing
 * instead under {@code CI=true}. The node killed by SIGKILL is the last scenario: the others need both nodes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Flyway's own lock on PostgreSQL: an advisory lock on this number plus the hash of its history table's name. */
    private static final long FLYWAY_LOCK = 77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode();
    private static final String LAST_WORDS = "Dite sur le nœud A juste avant sa chute";
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration PURGE_EVERY = Duration.ofSeconds(6);
    private static final LocatorAssertions.IsCheckedOptions SOON = new LocatorAssertions.IsCheckedOptions()
            .setTimeout(10_000);
    private static final Pattern PURGE_RAN = Pattern.compile(
            "^\\S+T(\\d\\d:\\d\\d:\\d\\d\\.\\d+).*purge ran on node (\\w+): (\\d+) assessment\\(s\\) erased");

    private static ClusterDatabase database;
    private static ParcoursNode a;
    private static ParcoursNode b;
    private static Balancer balancer;
    private static Chromium chromium;
    private static boolean flywayWaitedForTheLock;

    @BeforeAll
    static void startTheCluster() throws Exception {
        TestPostgres.required();
        if (!Files.isExecutable(Balancer.HAPROXY)) {
            TestPostgres.skipOrFail("HAProxy not found at " + Balancer.HAPROXY + ": install Debian's haproxy");
        }
        if (!Files.isRegularFile(ParcoursNode.JAR)) {
            TestPostgres.skipOrFail(ParcoursNode.JAR + " is missing: the cluster test runs after packaging");
        }
        chromium = Chromium.launchOrSkip();
        database = ClusterDatabase.create();
        // Beside the build, so that the nodes' and the balancer's logs can be read after a failure.
        Path folder = Files.createDirectories(Path.of("target", "cluster-it", Instant.now().toString()
                .replace(':', '-'))).toAbsolutePath();
        Map<String, String> properties = Map.of(
                "parcours.questionnaires-dir", Path.of("src/test/resources/questionnaires").toAbsolutePath().toString(),
                "parcours.purge.first-after", "PT1S",
                "parcours.purge.every", PURGE_EVERY.toString(),
                "server.forward-headers-strategy", "native",
                "logging.level.org.flywaydb", "INFO",
                "logging.level.org.parcours.assessment.AssessmentPurge", "DEBUG");
        List<String> jvm = List.of("-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        // Both nodes start together while the test holds Flyway's lock: each must wait for it, then one migrates.
        try (Connection holder = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            advisoryLock(holder, "pg_advisory_lock");
            a = ParcoursNode.start("a", database, folder, properties, jvm);
            b = ParcoursNode.start("b", database, folder, properties, jvm);
            flywayWaitedForTheLock = bothNodesWaitForFlywaysLock();
            advisoryLock(holder, "pg_advisory_unlock");
        }
        a.awaitUp(START);
        b.awaitUp(START);
        balancer = Balancer.start(folder, List.of(a, b));
        Thread.sleep(2500); // the balancer's health checks see both nodes up (rise 2, every second)
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {chromium, balancer, a, b, database}) {
            if (part != null) part.close();
        }
    }

    @Test
    @Order(1)
    void both_nodes_starting_together_migrate_the_database_once() throws Exception {
        assertThat(flywayWaitedForTheLock).as("both nodes waited for Flyway's advisory lock, nothing migrated meanwhile")
                .isTrue();
        List<String> logs = new ArrayList<>(a.lines());
        logs.addAll(b.lines());
        assertThat(logs.stream().filter(line -> line.contains("Successfully applied"))).hasSize(1);
        assertThat(logs.stream().filter(line -> line.contains("is up to date. No migration necessary"))).hasSize(1);
        assertThat(database.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isEqualTo(database.jdbc.queryForObject("select count(distinct version) from flyway_schema_history",
                        Integer.class));
        assertThat(database.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
                Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void an_atelier_with_members_on_both_nodes_sees_each_others_changes_live() {
        try (BrowserContext facilitator = pinnedTo("a"); BrowserContext alice = pinnedTo("a");
             BrowserContext bob = pinnedTo("b")) {
            String invitation = createAtelier(facilitator.newPage());
            Page onA = join(alice.newPage(), invitation, "Alice");
            Page onB = join(bob.newPage(), invitation, "Bob");

            radio(onA, "Données").check();
            saved(onA);
            assertThat(radio(onB, "Données")).isChecked(SOON);
            onB.getByText(Pattern.compile("^Modifiée par Alice à")).first().waitFor();

            onB.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Maintenance").setExact(true)).check();
            saved(onB);
            assertThat(onA.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Maintenance")
                    .setExact(true))).isChecked(SOON);

            assertThat(nodeOf(alice)).isEqualTo("a");
            assertThat(nodeOf(bob)).isEqualTo("b");
        }
    }

    @Test
    @Order(3)
    void an_answer_changed_on_one_node_while_open_on_the_other_is_told_never_silently_overwritten() {
        try (BrowserContext first = pinnedTo("a"); BrowserContext second = pinnedTo("b")) {
            Page onA = first.newPage();
            String resumeLink = startDiagnostic(onA);
            Page onB = second.newPage();
            onB.navigate(resumeLink);
            radio(onB, "Logiciel").waitFor();
            Chromium.waitForServer(onB);

            radio(onA, "Logiciel").check();
            saved(onA);
            radio(onB, "Données").check();
            Chromium.waitForServer(onB);

            onB.getByRole(AriaRole.DIALOG).getByText("Cette réponse vient de changer ailleurs").waitFor();
            onB.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Non enregistré : cette réponse a changé ailleurs.")).first().waitFor();
            assertThat(latestAssessmentsAnswer("resource_type")).contains("software");
            assertThat(nodeOf(first)).isEqualTo("a");
            assertThat(nodeOf(second)).isEqualTo("b");
        }
    }

    @Test
    @Order(4)
    void the_purge_runs_on_one_node_per_period_and_erases_an_expired_diagnostic_once() throws Exception {
        try (BrowserContext context = pinnedTo("b")) {
            String abandoned = startDiagnostic(context.newPage());
            database.jdbc.update("update assessment set updated_at = now() - interval '3 years' where id = "
                    + "(select max(id) from assessment)");
            Instant deadline = Instant.now().plus(PURGE_EVERY.multipliedBy(4));
            while (Instant.now().isBefore(deadline) && erasedInAll() == 0) Thread.sleep(500);
            assertThat(erasedInAll()).as("erased once in all runs, on whichever node").isEqualTo(1);
            assertThat(database.jdbc.queryForObject("select count(*) from assessment where updated_at < now() - "
                    + "interval '2 years'", Integer.class)).isZero();
            assertThat(abandoned).isNotBlank();
        }
        List<Run> runs = purgeRuns();
        assertThat(runs).as("runs on both nodes, one per period").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1).at(), runs.get(i).at()))
                    .as("between run %d and %d: %s", i - 1, i, runs).isGreaterThan(PURGE_EVERY.multipliedBy(8).dividedBy(10));
        }
        long skipped = 0;
        for (ParcoursNode node : List.of(a, b)) {
            skipped += node.lines().stream().filter(line -> line.contains("purge skipped: another node ran it")).count();
        }
        assertThat(skipped).as("timers that fired while another node held the period").isPositive();
        assertThat(database.jdbc.queryForObject("select locked_by from scheduled_lock where name = 'assessment-purge'",
                String.class)).isIn("a", "b");
    }

    @Test
    @Order(5)
    void a_team_whose_node_is_killed_mid_phase_resumes_on_the_other_with_every_saved_answer() throws Exception {
        try (BrowserContext context = pinnedTo("a")) {
            Page page = context.newPage();
            startDiagnostic(page);
            radio(page, "Données").check();
            saved(page);
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Maintenance").setExact(true)).check();
            saved(page);
            String before = page.url();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
            page.waitForURL(url -> !url.equals(before));
            Locator vision = page.locator("vaadin-text-area textarea").first();
            vision.fill(LAST_WORDS);
            vision.press("Tab");
            awaitStored("vision");
            String resumeLink = page.url();
            assertThat(nodeOf(context)).isEqualTo("a");

            a.kill();
            page.navigate(resumeLink);

            assertThat(page.locator("vaadin-text-area textarea").first()).hasValue(LAST_WORDS);
            assertThat(nodeOf(context)).as("the balancer's cookie after the reload").isEqualTo("b");
            page.navigate(resumeLink.replaceAll("/[a-z_-]+$", "/identify"));
            assertThat(radio(page, "Données")).isChecked(SOON);
            assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Maintenance")
                    .setExact(true))).isChecked(SOON);
        }
    }

    // ---- the browser side

    /** A fresh profile whose balancer cookie already names the node: what a returning browser would send. */
    private static BrowserContext pinnedTo(String node) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        context.addCookies(List.of(new Cookie(Balancer.COOKIE, node).setDomain("127.0.0.1").setPath("/")));
        return context;
    }

    private static String nodeOf(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals(Balancer.COOKIE))
                .map(cookie -> cookie.value).findFirst().orElse("none");
    }

    /** Starts a solo diagnostic through the balancer; returns its resume link (the page's address). */
    private static String startDiagnostic(Page page) {
        page.navigate(balancer.url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Commencer le diagnostic")))
                .click();
        page.waitForURL(Pattern.compile(".*/a/[A-Za-z0-9_-]{43}/identify$"));
        radio(page, "Logiciel").waitFor();
        Chromium.waitForServer(page);
        return page.url();
    }

    private static String createAtelier(Page page) {
        page.navigate(balancer.url("/"));
        page.getByText("Diagnostic en équipe").click();
        radio(page, "Atelier : des réponses partagées, en direct").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer un diagnostic d’équipe « Mini »"))
                .click();
        Locator invitation = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("Lien d’invitation à partager"));
        page.waitForCondition(() -> invitation.inputValue().contains("/j/"));
        return invitation.inputValue();
    }

    private static Page join(Page page, String invitation, String name) {
        page.navigate(invitation);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Votre nom dans l’équipe (facultatif)"))
                .fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejoindre l’équipe")).click();
        page.waitForURL(Pattern.compile(".*/m/[A-Za-z0-9_-]{43}$"));
        radio(page, "Logiciel").waitFor();
        Chromium.waitForServer(page);
        return page;
    }

    private static void saved(Page page) {
        Chromium.waitForServer(page);
        page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Enregistré à"))).first().waitFor();
    }

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    // ---- the database and the logs

    private static String latestAssessmentsAnswer(String question) {
        return database.jdbc.queryForList("select value_json from answer where assessment_id = (select max(id) "
                + "from assessment) and question_id = ?", String.class, question).stream().findFirst().orElse(null);
    }

    /** Waits until the answer is in the database: what the page's "saved" means, whichever node wrote it. */
    private static void awaitStored(String question) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (latestAssessmentsAnswer(question) == null) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError(question + " never reached the database");
            Thread.sleep(100);
        }
    }

    private static boolean bothNodesWaitForFlywaysLock() throws Exception {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = database.jdbc.queryForObject("select count(distinct application_name) from "
                    + "pg_stat_activity where datname = current_database() and application_name like 'parcours-%' "
                    + "and query like '%pg_try_advisory%'", Integer.class);
            if (waiting == 2) {
                return database.jdbc.queryForObject("select to_regclass('public.assessment') is null", Boolean.class);
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void advisoryLock(Connection connection, String function) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, FLYWAY_LOCK);
            statement.execute();
        }
    }

    private record Run(LocalTime at, String node, int erased) {
    }

    private static List<Run> purgeRuns() throws Exception {
        List<Run> runs = new ArrayList<>();
        for (ParcoursNode node : List.of(a, b)) {
            for (String line : node.lines()) {
                Matcher run = PURGE_RAN.matcher(line);
                if (run.find()) {
                    runs.add(new Run(LocalTime.parse(run.group(1)), run.group(2), Integer.parseInt(run.group(3))));
                }
            }
        }
        runs.sort(java.util.Comparator.comparing(Run::at));
        return runs;
    }

    private static int erasedInAll() throws Exception {
        return purgeRuns().stream().mapToInt(Run::erased).sum();
    }
}
