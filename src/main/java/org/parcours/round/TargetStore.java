package org.parcours.round;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The target level per phase of each round ({@code phase_target}), erased with the round by its foreign key. */
@Component
class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    Map<String, String> of(long assessmentId) {
        Map<String, String> targets = new LinkedHashMap<>();
        jdbc.sql("select phase_id, level_id from phase_target where assessment_id = ? order by phase_id")
                .param(assessmentId)
                .query((ResultSet rs) -> {
                    targets.put(rs.getString("phase_id"), rs.getString("level_id"));
                });
        return targets;
    }

    /** Sets or replaces a phase's target; the last one written wins, as in a form two people would share. */
    void set(long assessmentId, String phaseId, String levelId, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("update phase_target set level_id = ?, updated_at = ? where assessment_id = ? "
                + "and phase_id = ?").params(levelId, at, assessmentId, phaseId).update();
        if (updated > 0) return;
        try {
            jdbc.sql("insert into phase_target (assessment_id, phase_id, level_id, updated_at) values (?, ?, ?, ?)")
                    .params(assessmentId, phaseId, levelId, at).update();
        } catch (DuplicateKeyException setMeanwhile) {
            jdbc.sql("update phase_target set level_id = ?, updated_at = ? where assessment_id = ? and phase_id = ?")
                    .params(levelId, at, assessmentId, phaseId).update();
        }
    }

    void clear(long assessmentId, String phaseId) {
        jdbc.sql("delete from phase_target where assessment_id = ? and phase_id = ?").params(assessmentId, phaseId)
                .update();
    }
}
