package org.parcours.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Once at start, computes the progress of the assessments saved before it was kept on their row (migration V42),
 * so that the console's status filter counts them too. Later saves keep it up to date themselves.
 */
@Component
class ProgressBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressBackfill.class);

    private final AssessmentService service;

    ProgressBackfill(AssessmentService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        for (int done = service.recordMissingProgress(); done > 0; done = service.recordMissingProgress()) {
            total += done;
        }
        if (total > 0) LOG.info("progress computed for {} assessment(s) saved before it was kept", total);
    }
}
