package org.parcours.limits;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The three limits per client address: starting a diagnostic, opening a resume link (each page of the walk and of
 * the report reads the assessment by its token), and downloading an export. {@code parcours.rate-limit.enabled}
 * turns them all off (the tests do, but the one that proves them). A refusal is counted and logged as one line
 * with the limit's name and its count, never the address or a token.
 */
@Component
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final boolean enabled;
    private final RateLimit starts;
    private final RateLimit lookups;
    private final RateLimit exports;

    RateLimits(@Value("${parcours.rate-limit.enabled:true}") boolean enabled,
               @Value("${parcours.rate-limit.starts.capacity:30}") int startsCapacity,
               @Value("${parcours.rate-limit.starts.period:PT10M}") Duration startsPeriod,
               @Value("${parcours.rate-limit.lookups.capacity:300}") int lookupsCapacity,
               @Value("${parcours.rate-limit.lookups.period:PT1M}") Duration lookupsPeriod,
               @Value("${parcours.rate-limit.exports.capacity:60}") int exportsCapacity,
               @Value("${parcours.rate-limit.exports.period:PT10M}") Duration exportsPeriod) {
        this.enabled = enabled;
        this.starts = new RateLimit("starts", startsCapacity, startsPeriod, System::nanoTime);
        this.lookups = new RateLimit("lookups", lookupsCapacity, lookupsPeriod, System::nanoTime);
        this.exports = new RateLimit("exports", exportsCapacity, exportsPeriod, System::nanoTime);
    }

    /** Starting a diagnostic (« Commencer »). */
    public void checkStart(String client) {
        check(starts, client);
    }

    /** Opening a page of an assessment by its resume token. */
    public void checkLookup(String client) {
        check(lookups, client);
    }

    /** Downloading an export of the report. */
    public void checkExport(String client) {
        check(exports, client);
    }

    private void check(RateLimit limit, String client) {
        if (!enabled) return;
        try {
            limit.check(client == null ? "" : client);
        } catch (RateLimitedException refused) {
            LOG.warn("rate limit '{}' reached: request refused for {} s ({} refused since start)", limit.name(),
                    refused.retryAfterSeconds(), limit.refusedCount());
            io.micrometer.core.instrument.Metrics.counter("parcours.rate.limited", "limit", limit.name()).increment();
            throw refused;
        }
    }
}
