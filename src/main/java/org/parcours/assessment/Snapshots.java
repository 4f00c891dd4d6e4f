package org.parcours.assessment;

import java.time.Instant;
import java.util.Optional;
import org.parcours.questionnaire.Questionnaire;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored snapshot of a questionnaire version, created by the first team that starts it. Teams starting at
 * the same moment all find none and all insert it: the unique content hash lets one insert win, and the others
 * read the winner's row. Each insert has its own short transaction, because on PostgreSQL a failed statement
 * spoils the transaction it ran in, and the start's own work must not be in that one.
 */
@Component
class Snapshots {

    private final SnapshotRepository repository;
    private final TransactionTemplate separately;

    Snapshots(SnapshotRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The id of the snapshot of this questionnaire's exact text, stored now if it was not yet. */
    long idOf(Questionnaire questionnaire, Instant now) {
        Optional<Long> stored = find(questionnaire);
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            return separately.execute(status ->
                    repository.saveAndFlush(new QuestionnaireSnapshot(questionnaire, now)).id());
        } catch (DataAccessException lost) {
            // Another start stored it between the look-up and the insert (a unique violation, or on H2 a lock
            // given up while waiting for it); anything else leaves no row, and the failure stands.
            return find(questionnaire).orElseThrow(() -> lost);
        }
    }

    private Optional<Long> find(Questionnaire questionnaire) {
        return separately.execute(status -> repository.findByContentHash(questionnaire.contentHash())
                .map(QuestionnaireSnapshot::id));
    }
}
