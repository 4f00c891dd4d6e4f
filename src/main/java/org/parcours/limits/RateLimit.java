package org.parcours.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One limit (starts, look-ups or exports): a token bucket per client address, kept in memory only and forgotten
 * once full again, so that the table holds only the clients that asked recently. At most {@value #MAX_CLIENTS}
 * clients are tracked; past that the table is swept of full buckets, and cleared if that is not enough (a flood
 * from that many addresses is beyond what a per-client limit can stop).
 */
public final class RateLimit {

    static final int MAX_CLIENTS = 100_000;

    private final String name;
    private final int capacity;
    private final Duration period;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    RateLimit(String name, int capacity, Duration period, LongSupplier nanoClock) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("parcours.rate-limit." + name + ": the capacity must be at least 1 "
                    + "and the period longer than zero (for example capacity=20, period=PT10M)");
        }
        this.name = name;
        this.capacity = capacity;
        this.period = period;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for this client: zero when it may go on, else how long it should wait. */
    public Duration take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(client)) {
            sweep(now);
        }
        Duration wait = buckets.computeIfAbsent(client, c -> new TokenBucket(capacity, period, now)).take(now);
        if (!wait.isZero()) refused.incrementAndGet();
        return wait;
    }

    /** Takes a token, or throws the refusal that says how long to wait. */
    public void check(String client) {
        Duration wait = take(client);
        if (!wait.isZero()) throw new RateLimitedException(name, wait);
    }

    public String name() {
        return name;
    }

    /** How many requests this limit refused since the start. */
    public long refusedCount() {
        return refused.get();
    }

    private void sweep(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= MAX_CLIENTS) buckets.clear();
    }
}
