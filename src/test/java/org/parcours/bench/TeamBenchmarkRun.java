package org.parcours.bench;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parcours.Application;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.ui.component.LightRadioGroup;
import org.parcours.ui.walk.OptionGroupTester;
import org.parcours.ui.walk.TeamWalkView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark of the atelier, not a test: its name keeps it out of ordinary test runs; the {@code bench-team} profile
 * selects it: {@code ./mvnw -B -Pbench-team test} (see docs/performance.md, "Team diagnostic").
 *
 * <p>The real application context (in-memory H2, the shipped questionnaire, Vaadin in production mode), the views
 * driven without a browser as in {@link WalkBenchmarkRun}: one Vaadin session and UI per member. It measures
 *
 * <ol>
 *   <li>the server time of one change broadcast to a team of 10 members, all on the same page: the changing
 *       member's request (the field's listener, the save through the engine, the response) plus the next poll of
 *       each of the 10 pages (each reads the team's revision, sees it moved, reloads the team and re-shows the
 *       changed field), each poll's response encoded as the server would send it; and, for comparison, a poll that
 *       finds nothing changed, which every open page makes each second;</li>
 *   <li>the heap retained per active member: used heap after full GCs with the members' pages open minus the same
 *       after closing them, divided by their number.</li>
 * </ol>
 *
 * <p>Settings: {@code parcours.bench.changes} (200), {@code parcours.bench.warmup} (100), {@code
 * parcours.bench.teams} (10 teams of 10 members for the heap). Results go to {@code target/bench-team/results.md}.
 */
@SpringBootTest(properties = "vaadin.productionMode=true")
class TeamBenchmarkRun {

    private static final String QUESTIONNAIRE = "communs-numeriques";
    private static final int MEMBERS = 10;

    @Autowired
    private ApplicationContext spring;

    @Autowired
    private TeamService teams;

    private final StringBuilder report = new StringBuilder();

    @Test
    void run_benchmark() throws Exception {
        int changes = Integer.getInteger("parcours.bench.changes", 200);
        int warmup = Integer.getInteger("parcours.bench.warmup", 100);
        int teamCount = Integer.getInteger("parcours.bench.teams", 10);
        Path out = Path.of("target", "bench-team");
        Files.createDirectories(out);
        line("JVM: %s %s, max heap %d MiB, %d processors", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        try (BrowserlessApplicationContext app =
                     SpringBrowserlessApplicationContext.create(spring, Application.class)) {
            line("");
            line("## One change broadcast to %d members (server time)", MEMBERS);
            List<BrowserlessUserContext> users = new ArrayList<>();
            List<BrowserlessUIContext> windows = team(app, users);
            broadcast(windows, warmup, new long[warmup], new long[warmup], new long[warmup]);
            long[] totals = new long[changes];
            long[] saves = new long[changes];
            long[] idle = new long[changes];
            line("load average before: %s", loadAverage());
            broadcast(windows, changes, totals, saves, idle);
            line("load average after: %s", loadAverage());
            line("%d changes after %d warm-up ones; each: the changing member's save + the next poll of each of the "
                    + "%d pages, responses encoded", changes, warmup, MEMBERS);
            summary("change + 10 polls that show it", totals);
            summary("the save alone (the changing member's request)", saves);
            summary("a poll that finds nothing changed (each page, each second)", idle);
            users.forEach(BrowserlessUserContext::close);

            line("");
            line("## Retained heap per active member");
            heap(app, teamCount);
        }
        Files.writeString(out.resolve("results.md"), report);
    }

    /** A new atelier of {@value #MEMBERS} members, each with their walk open on the first page. */
    private List<BrowserlessUIContext> team(BrowserlessApplicationContext app, List<BrowserlessUserContext> users) {
        TeamCreated team = teams.create(QUESTIONNAIRE, TeamMode.ATELIER, false, "Atelier", "fr");
        List<BrowserlessUIContext> windows = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            JoinOutcome.Joined joined = (JoinOutcome.Joined) teams.join(team.invitation().value(), "Membre " + i);
            BrowserlessUserContext user = app.newUser();
            users.add(user);
            BrowserlessUIContext window = user.newWindow();
            window.activate();
            window.getUI().setLocale(Locale.FRENCH);
            window.navigate("m/" + joined.link().value(), TeamWalkView.class);
            respond(window);
            windows.add(window);
        }
        return windows;
    }

    private void broadcast(List<BrowserlessUIContext> windows, int count, long[] totals, long[] saves, long[] idle) {
        for (int c = 0; c < count; c++) {
            BrowserlessUIContext changing = windows.get(c % windows.size());
            changing.activate();
            LightRadioGroup first = changing.find(LightRadioGroup.class).first();
            OptionGroupTester tester = new OptionGroupTester(first);
            List<String> labels = tester.labels();
            long start = System.nanoTime();
            tester.selectItem(labels.get(c % Math.min(2, labels.size())));
            respond(changing);
            long saved = System.nanoTime();
            for (BrowserlessUIContext window : windows) poll(window);
            long end = System.nanoTime();
            totals[c] = end - start;
            saves[c] = saved - start;
            long idleStart = System.nanoTime();
            poll(windows.get((c + 1) % windows.size()));
            idle[c] = System.nanoTime() - idleStart;
        }
    }

    private static void poll(BrowserlessUIContext window) {
        window.activate();
        ComponentUtil.fireEvent(window.getUI(), new PollEvent(window.getUI(), true));
        respond(window);
    }

    private void heap(BrowserlessApplicationContext app, int teamCount) throws Exception {
        List<BrowserlessUserContext> warm = new ArrayList<>();
        team(app, warm);
        warm.forEach(BrowserlessUserContext::close);
        long baseline = usedHeapAfterGc();
        List<BrowserlessUserContext> users = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            List<BrowserlessUIContext> windows = team(app, users);
            broadcast(windows, 3, new long[3], new long[3], new long[3]);
        }
        int n = users.size();
        long with = usedHeapAfterGc();
        users.forEach(BrowserlessUserContext::close);
        long after = usedHeapAfterGc();
        line("members: %d (%d ateliers of %d, each page open on the first phase after 3 shared changes)", n,
                teamCount, MEMBERS);
        line("used heap after GC: baseline %.1f MiB, with the members %.1f MiB, after closing them %.1f MiB",
                baseline / 1048576.0, with / 1048576.0, after / 1048576.0);
        line("retained per active member: %.1f KB (with − after closing) / N; %.1f KB (with − baseline) / N",
                (with - after) / 1024.0 / n, (with - baseline) / 1024.0 / n);
    }

    private static int respond(BrowserlessUIContext window) {
        window.activate();
        return new UidlWriter().createUidl(window.getUI(), false).toString().length();
    }

    private void summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        line("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms", what,
                ms(sorted[sorted.length / 2]), ms(sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.95)]),
                ms(sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)]), ms(sorted[sorted.length - 1]),
                ms((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
