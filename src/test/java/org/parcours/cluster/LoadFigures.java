package org.parcours.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulated teams measured: times per answer and per page, diagnostics started and finished, errors. */
final class LoadFigures {

    private final List<UidlClient.Timing> answers = Collections.synchronizedList(new ArrayList<>());
    private final List<UidlClient.Timing> pages = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    void answer(UidlClient.Timing timing) {
        answers.add(timing);
    }

    void page(UidlClient.Timing timing) {
        pages.add(timing);
    }

    void started() {
        started.incrementAndGet();
    }

    void finished() {
        finished.incrementAndGet();
    }

    void error(Exception failed) {
        String message = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        errors.computeIfAbsent(message.length() > 160 ? message.substring(0, 160) : message,
                key -> new AtomicInteger()).incrementAndGet();
    }

    int errorCount() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(line("answers", answers)).append(line("pages", pages));
        out.append("diagnostics started ").append(started).append(", reports reached ").append(finished)
                .append(", errors ").append(errorCount()).append('\n');
        errors.forEach((message, count) -> out.append("  ").append(count).append(" × ").append(message).append('\n'));
        return out.toString();
    }

    private static String line(String what, List<UidlClient.Timing> timings) {
        List<Long> roundTrips;
        List<Long> server;
        synchronized (timings) {
            roundTrips = timings.stream().map(UidlClient.Timing::roundTripMillis).sorted().toList();
            server = timings.stream().map(UidlClient.Timing::serverMillis).filter(t -> t >= 0).sorted().toList();
        }
        return "%-8s n=%d  round trip through HAProxy ms: p50 %s p95 %s p99 %s max %s  |  server (Vaadin timings) ms: "
                .formatted(what, roundTrips.size(), p(roundTrips, 50), p(roundTrips, 95), p(roundTrips, 99),
                        p(roundTrips, 100))
                + "p50 %s p95 %s p99 %s%n".formatted(p(server, 50), p(server, 95), p(server, 99));
    }

    private static String p(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) return "-";
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return Long.toString(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
    }
}
