package org.parcours.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases assessments for good: their answers, their tracked plan actions and their history, the assessment rows,
 * and the questionnaire snapshot once no other
 * assessment uses it. Deleting what is already gone does nothing, so two servers purging at once, or a team
 * pressing « Supprimer » twice, erase each assessment once and fail on nothing. Tables that later refer to an
 * assessment do so with {@code ON DELETE SET NULL} or {@code CASCADE}: erasing never needs to know them.
 *
 * <p>Each erasure publishes an {@link AssessmentErased}, so that whatever keeps a copy (the export cache) drops it.
 */
@Service
public class AssessmentErasure {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentErasure.class);
    /** Ids per statement: far below every database's limit on bind parameters. */
    static final int BATCH = 500;
    /**
     * An earlier round is kept as long as its series is: the purge takes a round only when no round of its series
     * changed since the cutoff (the latest round's last change dates the whole diagnostic); and following up an
     * action of the plan is a change too.
     */
    private static final String SERIES_UNCHANGED = " and not exists (select 1 from assessment later where "
            + "a.series_id is not null and later.series_id = a.series_id and later.updated_at >= :cutoff)"
            + " and not exists (select 1 from tracked_action_change c where c.assessment_id = a.id"
            + " and c.changed_at >= :cutoff)";

    private final NamedParameterJdbcTemplate jdbc;
    private final AssessmentRepository assessments;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    AssessmentErasure(NamedParameterJdbcTemplate jdbc, AssessmentRepository assessments,
                      PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
    }

    /** Erases one assessment; false when there was none with this id (already erased, say). */
    public boolean erase(long assessmentId) {
        return eraseAll(List.of(assessmentId)) == 1;
    }

    /**
     * Erases the assessment this resume link opens with the earlier rounds of its series (the team's whole
     * diagnostic: the link is the only way to them); false when it opens none.
     */
    public boolean erase(ResumeToken token) {
        Optional<Long> series = transactions.execute(status ->
                assessments.findByTokenHash(token.hash()).map(Assessment::series));
        return series.map(id -> eraseAll(jdbc.queryForList("select id from assessment where id = :series "
                + "or series_id = :series", Map.of("series", id), Long.class)) > 0).orElse(false);
    }

    /** Erases these assessments, {@value #BATCH} per transaction; returns how many existed. */
    public int eraseAll(Collection<Long> assessmentIds) {
        List<Long> ids = List.copyOf(new TreeSet<>(assessmentIds));
        int erased = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            erased += eraseBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return erased;
    }

    /**
     * Erases every assessment last changed before {@code cutoff}, and no round of whose series changed since,
     * {@value #BATCH} at a time; returns how many. A team that changes one at this very moment keeps it: each
     * row's last change is checked again once locked.
     */
    public int eraseUnchangedSince(Instant cutoff) {
        int erased = 0;
        List<Long> batch;
        do {
            batch = jdbc.queryForList("select id from assessment a where updated_at < :cutoff" + SERIES_UNCHANGED
                    + " order by id limit " + BATCH, Map.of("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)),
                    Long.class);
            erased += eraseBatch(batch, Optional.of(cutoff));
        } while (batch.size() == BATCH);
        return erased;
    }

    /** How many assessments {@link #eraseUnchangedSince} would erase now with this cutoff (same criterion). */
    public int countUnchangedSince(Instant cutoff) {
        Integer count = jdbc.queryForObject("select count(*) from assessment a where updated_at < :cutoff"
                + SERIES_UNCHANGED,
                Map.of("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)), Integer.class);
        return count == null ? 0 : count;
    }

    private int eraseBatch(List<Long> ids) {
        return eraseBatch(ids, Optional.empty());
    }

    /**
     * One transaction: the rows are locked first (and, for the purge, their last change checked again under the
     * lock), then their answers and the rows go. Snapshots left unused go afterwards, each on its own.
     */
    private int eraseBatch(List<Long> candidates, Optional<Instant> unchangedSince) {
        if (candidates.isEmpty()) return 0;
        Set<Long> snapshots = new TreeSet<>();
        List<Long> erased = transactions.execute(status -> {
            MapSqlParameterSource params = new MapSqlParameterSource("ids", candidates);
            String since = unchangedSince.map(cutoff -> {
                params.addValue("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return " and updated_at < :cutoff" + SERIES_UNCHANGED;
            }).orElse("");
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select id, snapshot_id from assessment a where id in (:ids)" + since + " for update", params);
            List<Long> ids = rows.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
            rows.forEach(row -> snapshots.add(((Number) row.get("snapshot_id")).longValue()));
            if (ids.isEmpty()) return ids;
            MapSqlParameterSource locked = new MapSqlParameterSource("ids", ids);
            jdbc.update("delete from answer where assessment_id in (:ids)", locked);
            jdbc.update("delete from tracked_action_change where assessment_id in (:ids)", locked);
            jdbc.update("delete from tracked_action where assessment_id in (:ids)", locked);
            jdbc.update("delete from assessment where id in (:ids)", locked);
            return ids;
        });
        snapshots.forEach(this::dropSnapshotIfUnused);
        if (erased != null && !erased.isEmpty()) {
            events.publishEvent(new AssessmentErased(Set.copyOf(erased)));
            LOG.info("erased {} assessment(s) with their answers", erased.size());
        }
        return erased == null ? 0 : erased.size();
    }

    /**
     * A snapshot no assessment uses any more goes too. Its row is locked first, so a team starting on it at this
     * moment either is seen (and it stays) or waits and then finds it gone (and its start stores it again).
     */
    private void dropSnapshotIfUnused(long snapshotId) {
        Map<String, Object> params = Map.of("id", snapshotId);
        try {
            transactions.executeWithoutResult(status -> {
                List<Long> locked = jdbc.queryForList(
                        "select id from questionnaire_snapshot where id = :id for update", params, Long.class);
                Integer users = jdbc.queryForObject("select (select count(*) from assessment where snapshot_id = :id)"
                        + " + (select count(*) from team where snapshot_id = :id)", params, Integer.class);
                if (locked.isEmpty() || users == null || users > 0) return;
                jdbc.update("delete from questionnaire_snapshot_file where snapshot_id = :id", params);
                jdbc.update("delete from questionnaire_snapshot where id = :id", params);
            });
        } catch (DataAccessException inUseAgain) {
            // A start took the snapshot meanwhile: it stays, which is right; the erasure itself is done.
            LOG.debug("snapshot {} kept: in use again", snapshotId, inUseAgain);
        }
    }
}
