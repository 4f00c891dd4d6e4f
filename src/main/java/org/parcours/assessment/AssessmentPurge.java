package org.parcours.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parcours.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the assessments nobody changed for longer than the retention in force ({@link RetentionSetting}: the one
 * an administrator chose, else {@code parcours.retention}, 18 months by default), read again at each run, every hour or as {@code parcours.purge.every} says. On several nodes it runs on one of them per period:
 * the {@link ClusterLock} named {@value #LOCK} is held from the start of a run for nine tenths of the period (so a
 * node whose schedule fires a little later finds it taken), and at most one period if the node dies during the run.
 * Were two runs to overlap all the same, each batch locks the rows it erases and rechecks their last change, and
 * erasing what is gone does nothing.
 */
@Component
class AssessmentPurge {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentPurge.class);

    static final String LOCK = "assessment-purge";

    private final AssessmentErasure erasure;
    private final List<ExpiringData> others;
    private final RetentionSetting retention;
    private final Clock clock;
    private final ClusterLock lock;
    private final Duration every;

    AssessmentPurge(AssessmentErasure erasure, List<ExpiringData> others, RetentionSetting retention, Clock clock, ClusterLock lock,
            @Value("${parcours.purge.every:PT1H}") Duration every) {
        this.erasure = erasure;
        this.others = List.copyOf(others);
        this.retention = retention;
        this.clock = clock;
        this.lock = lock;
        this.every = every;
    }

    @Scheduled(initialDelayString = "${parcours.purge.first-after:PT2M}",
            fixedDelayString = "${parcours.purge.every:PT1H}")
    void scheduled() {
        try {
            boolean ran = lock.runExclusively(LOCK, every, every.multipliedBy(9).dividedBy(10), this::purgeAndSay);
            if (!ran) {
                LOG.debug("purge skipped: another node ran it this period ({})", lock.holder(LOCK).orElse("?"));
            }
        } catch (RuntimeException failed) {
            // The next run tries again; one line, nothing of the assessments' content.
            LOG.warn("purge of expired assessments failed, retried at the next run: {}", failed.getClass().getName());
            LOG.debug("purge failure", failed);
        }
    }

    private void purgeAndSay() {
        int erased = purge();
        // One line per period across all nodes: which node ran it (the cluster test counts these).
        LOG.info("purge ran on node {}: {} assessment(s) erased", lock.node(), erased);
    }

    /**
     * Erases every assessment unchanged for longer than the retention in force now, and what other features keep
     * of diagnostics on the same terms (team diagnostics); returns how many assessments.
     */
    int purge() {
        Retention inForce = retention.inForce();
        Instant cutoff = inForce.cutoff(clock.instant());
        int erased = erasure.eraseUnchangedSince(cutoff);
        if (erased > 0) {
            LOG.info("purged {} assessment(s) unchanged since {} (retention {})", erased, cutoff, inForce);
        }
        for (ExpiringData other : others) {
            int gone = other.eraseUnchangedSince(cutoff);
            if (gone > 0) LOG.info("purged {} {} unchanged since {}", gone, other.getClass().getSimpleName(), cutoff);
        }
        return erased;
    }
}
