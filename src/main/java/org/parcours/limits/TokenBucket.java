package org.parcours.limits;

import java.time.Duration;

/**
 * A token bucket: it holds up to {@code capacity} tokens, each request takes one, and tokens come back evenly,
 * {@code capacity} per {@code period}. A burst up to the capacity passes; a steady flow is held to the rate.
 */
final class TokenBucket {

    private final int capacity;
    private final long nanosPerToken;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, Duration period, long now) {
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, period.toNanos() / capacity);
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Zero when a token was taken, else how long until one is back. */
    synchronized Duration take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken));
    }

    /** A full bucket says nothing about its client: it may be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed / (double) nanosPerToken);
            updatedAt = now;
        }
    }
}
