package org.parcours.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a test (its name keeps it out of ordinary runs; {@code ./mvnw -B -Pbench-sessions test} selects
 * it, see docs/performance.md, "Sessions and cookie-less requests"). Over real HTTP against the application (in
 * development mode, which serves the page without the production bundle, with the component tracker off: what a
 * session holds is then what it holds in the packaged jar), a client that keeps no cookie GETs a walk page, then the home page, N times each: every GET
 * makes a session. It prints the heap those sessions retain (used heap after full GCs, before and after, over N),
 * how many sessions the server holds (Tomcat's manager over JMX), the rate one client reaches, and so the heap it
 * makes the server hold per second of such traffic; then, after waiting {@code parcours.bench.wait} (give the
 * probation plus Tomcat's one-minute expiry sweep), the sessions and heap left. It uses only what every version of
 * Parcours has, so the same runner measures before and after a change.
 *
 * <p>Settings: {@code parcours.bench.gets} (1,000 per page), {@code parcours.bench.wait} (ISO duration, PT0S).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.componentTracker.enabled=false", "server.tomcat.mbeanregistry.enabled=true",
        "parcours.sessions.max=1000000",
        "parcours.rate-limit.enabled=false"})
class CookielessGetBenchmarkRun {

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringBuilder report = new StringBuilder();

    @LocalServerPort
    private int port;

    @Autowired
    private AssessmentService service;

    @Test
    void run_benchmark() throws Exception {
        int gets = Integer.getInteger("parcours.bench.gets", 1_000);
        Duration wait = Duration.parse(System.getProperty("parcours.bench.wait", "PT0S"));
        String token = service.start("communs-numeriques", "Banc d’essai", "fr").token().value();
        line("JVM: %s %s, max heap %d MiB, %d processors; load average %s", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        line("session timeout %s, probation %s", System.getProperty("server.servlet.session.timeout", "as configured"),
                System.getProperty("parcours.sessions.probation", "as configured"));
        String walk = "/a/" + token + "/identify";
        getMany(walk, 100);
        getMany("/", 100);

        for (String[] page : new String[][] {{"a walk page (GET /a/<token>/identify)", walk}, {"the home page", "/"}}) {
            long baseline = usedHeapAfterGc();
            int sessionsBefore = activeSessions();
            long start = System.nanoTime();
            getMany(page[1], gets);
            double seconds = (System.nanoTime() - start) / 1e9;
            long with = usedHeapAfterGc();
            int made = activeSessions() - sessionsBefore;
            double perGet = (with - baseline) / (double) gets;
            line("%s: %d cookie-less GETs in %.1f s (%.0f/s from one client), %d sessions more, heap retained "
                    + "%.1f KB per GET, so %.1f MB/s held while such a client runs", page[0], gets, seconds,
                    gets / seconds, made, perGet / 1024, perGet * gets / seconds / 1e6);
        }
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis());
            line("after waiting %s: %d sessions left, used heap after GC %.1f MiB", wait, activeSessions(),
                    usedHeapAfterGc() / 1048576.0);
        }
        Path out = Path.of("target", "bench-sessions");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), report);
    }

    private void getMany(String path, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build();
        for (int i = 0; i < count; i++) {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) throw new IllegalStateException(path + " answered "
                    + response.statusCode());
        }
    }

    private static int activeSessions() throws Exception {
        var server = ManagementFactory.getPlatformMBeanServer();
        int sessions = 0;
        for (ObjectName manager : server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null)) {
            sessions += ((Number) server.getAttribute(manager, "activeSessions")).intValue();
        }
        return sessions;
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
