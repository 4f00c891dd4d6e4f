package org.parcours.limits;

import java.time.Duration;

/** A request refused by a rate limit; {@link #retryAfter} says when to try again. No client address inside. */
public final class RateLimitedException extends RuntimeException {

    private final String limit;
    private final transient Duration retryAfter;

    public RateLimitedException(String limit, Duration retryAfter) {
        super("rate limit '" + limit + "' reached", null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} says it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
