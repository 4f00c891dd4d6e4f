package org.parcours.assessment;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases an assessment for good (a GDPR erasure request, or an operator's clean-up): its answers, its row, and
 * the questionnaire snapshot it was answered against when no other assessment uses it. Links to it from other
 * tables (feedback on recommendations) are cut by their foreign keys. All or nothing, in one transaction; an
 * assessment that no longer exists is no error, so that an erasure can be repeated safely.
 */
@Service
public class AssessmentErasure {

    private final JdbcTemplate jdbc;

    AssessmentErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void erase(long assessmentId) {
        List<Long> snapshot = jdbc.queryForList("select snapshot_id from assessment where id = ? for update",
                Long.class, assessmentId);
        if (snapshot.isEmpty()) return;
        long snapshotId = snapshot.getFirst();
        jdbc.update("delete from answer where assessment_id = ?", assessmentId);
        jdbc.update("delete from assessment where id = ?", assessmentId);
        // Locked first, so that a team starting this same version now waits for the decision rather than
        // pointing at a snapshot being deleted under it.
        jdbc.queryForList("select id from questionnaire_snapshot where id = ? for update", Long.class, snapshotId);
        Integer users = jdbc.queryForObject("select count(*) from assessment where snapshot_id = ?", Integer.class,
                snapshotId);
        if (users != null && users == 0) {
            jdbc.update("delete from questionnaire_snapshot_file where snapshot_id = ?", snapshotId);
            jdbc.update("delete from questionnaire_snapshot where id = ?", snapshotId);
        }
    }
}
