package org.parcours.assessment;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the assessments nobody changed for longer than the retention ({@code parcours.retention}, 18 months by
 * default), every hour or as {@code parcours.purge.every} says. Safe when several servers run it at once: each
 * batch locks the rows it erases and rechecks their last change, and erasing what is gone does nothing.
 */
@Component
class AssessmentPurge {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentPurge.class);

    private final AssessmentErasure erasure;
    private final Retention retention;
    private final Clock clock;

    AssessmentPurge(AssessmentErasure erasure, Retention retention, Clock clock) {
        this.erasure = erasure;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${parcours.purge.first-after:PT2M}",
            fixedDelayString = "${parcours.purge.every:PT1H}")
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException failed) {
            // The next run tries again; one line, nothing of the assessments' content.
            LOG.warn("purge of expired assessments failed, retried at the next run: {}", failed.getClass().getName());
            LOG.debug("purge failure", failed);
        }
    }

    /** Erases every assessment unchanged for longer than the retention; returns how many. */
    int purge() {
        Instant cutoff = retention.cutoff(clock.instant());
        int erased = erasure.eraseUnchangedSince(cutoff);
        if (erased > 0) {
            LOG.info("purged {} assessment(s) unchanged since {} (retention {})", erased, cutoff, retention);
        }
        return erased;
    }
}
