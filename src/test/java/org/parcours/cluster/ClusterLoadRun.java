package org.parcours.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parcours.TestPostgres;

/**
 * The load test against the balancer (never part of verify: {@code ./mvnw -B -Pbench-cluster verify}, see
 * docs/performance.md, "Cluster"): two nodes from the packaged jar behind HAProxy on a fresh PostgreSQL database, and
 * {@code parcours.bench.teams} simulated teams (200 by default) walking the shipped questionnaire through the balancer
 * with {@link UidlClient}, a think time between actions, started over {@code parcours.bench.ramp} and stopped after
 * {@code parcours.bench.seconds}. Prints the times per answer and per page, the errors, each node's heap after a full
 * GC at the peak, and PostgreSQL's connections (pg_stat_activity, sampled every 2 s).
 */
class ClusterLoadRun {

    private static final int TEAMS = Integer.getInteger("parcours.bench.teams", 200);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("parcours.bench.seconds", 300));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("parcours.bench.ramp", 60));
    private static final Duration MIN_THINK = Duration.ofMillis(Long.getLong("parcours.bench.think-min-ms", 3000));
    private static final Duration MAX_THINK = Duration.ofMillis(Long.getLong("parcours.bench.think-max-ms", 9000));
    private static final String NODE_HEAP = System.getProperty("parcours.bench.node-heap", "512m");
    private static final String POOL = System.getProperty("parcours.bench.pool", "10");

    @Test
    void teams_walk_the_questionnaire_through_the_balancer() throws Exception {
        TestPostgres.required();
        Path folder = Files.createDirectories(Path.of("target", "cluster-load", Instant.now().toString()
                .replace(':', '-'))).toAbsolutePath();
        Map<String, String> properties = Map.of(
                "parcours.rate-limit.enabled", "false", // every team comes from 127.0.0.1 here
                "spring.datasource.hikari.maximum-pool-size", POOL,
                "vaadin.requestTiming", "true", // the server's own time in every UIDL answer
                "server.forward-headers-strategy", "native");
        List<String> jvm = List.of("-Xms" + NODE_HEAP, "-Xmx" + NODE_HEAP);
        try (ClusterDatabase database = ClusterDatabase.create();
             ParcoursNode a = ParcoursNode.start("a", database, folder, properties, jvm);
             ParcoursNode b = ParcoursNode.start("b", database, folder, properties, jvm)) {
            a.awaitUp(Duration.ofMinutes(3));
            b.awaitUp(Duration.ofMinutes(3));
            try (Balancer balancer = Balancer.start(folder, List.of(a, b))) {
                Thread.sleep(2500);
                String report = load(balancer, database, List.of(a, b));
                System.out.println(report);
                Files.writeString(folder.resolve("report.txt"), report, StandardCharsets.UTF_8);
            }
        }
    }

    private static String load(Balancer balancer, ClusterDatabase database, List<ParcoursNode> nodes)
            throws Exception {
        LoadFigures figures = new LoadFigures();
        Instant end = Instant.now().plus(RUN);
        AtomicInteger peakConnections = new AtomicInteger();
        List<String> connectionSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sample(database, peakConnections, connectionSamples), 2, 2,
                TimeUnit.SECONDS);
        String uptimeBefore = uptime();
        ExecutorService http = Executors.newFixedThreadPool(8);
        List<String> heaps = new ArrayList<>();
        try (ExecutorService teams = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int team = 0; team < TEAMS; team++) {
                teams.submit(new WalkingTeam(new UidlClient(balancer.url(""), http), end, MIN_THINK, MAX_THINK,
                        figures));
                Thread.sleep(RAMP.toMillis() / TEAMS);
            }
            // The peak: every team started, most of the run still to go.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis() / 2));
            for (ParcoursNode node : nodes) heaps.add(node.name + ": " + heapAfterFullGc(node));
            String uptimeDuring = uptime();
            teams.shutdown();
            teams.awaitTermination(RUN.toSeconds() + 120, TimeUnit.SECONDS);
            sampler.shutdownNow();
            http.shutdownNow();
            return "%d teams, think %s–%s, ramp %s, run %s, node heap %s, Hikari pool %s per node%n"
                    .formatted(TEAMS, MIN_THINK, MAX_THINK, RAMP, RUN, NODE_HEAP, POOL)
                    + figures.report()
                    + "answer rows in PostgreSQL at the end: " + database.jdbc.queryForObject("select count(*) from answer",
                            Integer.class) + '\n'
                    + "heap used after full GC at the peak: " + String.join("; ", heaps) + '\n'
                    + "PostgreSQL connections (pg_stat_activity, this database): peak " + peakConnections + "; "
                    + "samples (total/active): " + String.join(" ", connectionSamples) + '\n'
                    + "uptime before: " + uptimeBefore + "\nuptime at the peak: " + uptimeDuring + '\n';
        }
    }

    private static void sample(ClusterDatabase database, AtomicInteger peak, List<String> samples) {
        Map<String, Object> row = database.jdbc.queryForMap("select count(*) as total, count(*) filter (where state "
                + "= 'active') as active from pg_stat_activity where datname = current_database() and "
                + "application_name like 'parcours-%'");
        int total = ((Number) row.get("total")).intValue();
        peak.accumulateAndGet(total, Math::max);
        samples.add(total + "/" + row.get("active"));
    }

    /** Used heap after a full GC, from the JDK's jcmd (GC.run, then GC.heap_info). */
    private static String heapAfterFullGc(ParcoursNode node) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(node.pid()), "GC.run");
        String info = run(jcmd, Long.toString(node.pid()), "GC.heap_info");
        return info.lines().filter(line -> line.contains("used")).findFirst().orElse(info).strip();
    }

    private static String uptime() throws IOException, InterruptedException {
        return run("uptime").strip();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }
}
