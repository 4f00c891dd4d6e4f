package org.parcours.team;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.parcours.assessment.ExpiringData;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team diagnostics outlive the retention like solo ones: a team nobody changed since the cutoff — no answer given,
 * shared, agreed or a member's own, nobody joining, no action of its plan followed up — goes with its members and every answer (their rows follow
 * the team's by {@code ON DELETE CASCADE}), {@value #BATCH} per transaction. Each team is locked and checked again
 * before it goes, so a team answering at that very moment keeps it. The questionnaire snapshot stays: it is the
 * questionnaire's text, not the team's.
 */
@Component
class TeamExpiry implements ExpiringData {

    static final int BATCH = 500;

    private static final String UNCHANGED = "t.created_at < :cutoff"
            + " and not exists (select 1 from team_answer a where a.team_id = t.id and a.updated_at >= :cutoff)"
            + " and not exists (select 1 from team_member m where m.team_id = t.id and m.joined_at >= :cutoff)"
            + " and not exists (select 1 from member_answer ma join team_member m on ma.member_id = m.id"
            + " where m.team_id = t.id and ma.updated_at >= :cutoff)"
            + " and not exists (select 1 from team_tracked_action_change c where c.team_id = t.id"
            + " and c.changed_at >= :cutoff)";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TeamExpiry(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public int countUnchangedSince(Instant cutoff) {
        Integer count = jdbc.queryForObject("select count(*) from team t where " + UNCHANGED, at(cutoff),
                Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public int eraseUnchangedSince(Instant cutoff) {
        int erased = 0;
        List<Long> batch;
        do {
            batch = jdbc.queryForList("select t.id from team t where " + UNCHANGED + " order by t.id limit " + BATCH,
                    at(cutoff), Long.class);
            erased += eraseBatch(batch, cutoff);
        } while (batch.size() == BATCH);
        return erased;
    }

    private int eraseBatch(List<Long> candidates, Instant cutoff) {
        if (candidates.isEmpty()) return 0;
        Integer erased = transactions.execute(status -> {
            MapSqlParameterSource params = at(cutoff).addValue("ids", candidates);
            List<Long> locked = jdbc.queryForList("select t.id from team t where t.id in (:ids) and " + UNCHANGED
                    + " for update", params, Long.class);
            if (locked.isEmpty()) return 0;
            return jdbc.update("delete from team where id in (:ids)", Map.of("ids", locked));
        });
        return erased == null ? 0 : erased;
    }

    private static MapSqlParameterSource at(Instant cutoff) {
        return new MapSqlParameterSource("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }
}
