package org.parcours.tracker;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tracker's tables in plain SQL: an update names the version it was made on in its {@code where} clause, so a
 * change overtaken by another one updates nothing, on whatever node it ran.
 */
@Component
class TrackerStore {

    private static final String COLUMNS = "action_id, status, owner, due_date, note, version";

    private final JdbcClient jdbc;

    TrackerStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    Optional<Instant> assessmentCreatedAt(long assessmentId) {
        return jdbc.sql("select created_at from assessment where id = ?").param(assessmentId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    Map<String, ActionTracking> actions(long assessmentId) {
        Map<String, ActionTracking> actions = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from tracked_action where assessment_id = ? order by action_id")
                .param(assessmentId)
                .query((ResultSet rs) -> {
                    actions.put(rs.getString("action_id"), tracking(rs));
                });
        return actions;
    }

    Optional<ActionTracking> action(long assessmentId, String actionId) {
        return jdbc.sql("select " + COLUMNS + " from tracked_action where assessment_id = ? and action_id = ?")
                .params(assessmentId, actionId).query((rs, n) -> tracking(rs)).optional();
    }

    /** The largest change id of this assessment: moves with every change, 0 while none. */
    long revision(long assessmentId) {
        return jdbc.sql("select coalesce(max(id), 0) from tracked_action_change where assessment_id = ?")
                .param(assessmentId).query(Long.class).single();
    }

    void insert(long assessmentId, String actionId, ActionChange change, Instant now) {
        jdbc.sql("insert into tracked_action (assessment_id, action_id, status, owner, due_date, note, version, "
                        + "updated_at) values (?, ?, ?, ?, ?, ?, 1, ?)")
                .params(assessmentId, actionId, change.status().id(), change.owner().orElse(null),
                        change.due().map(Date::valueOf).orElse(null), change.note().orElse(null), at(now))
                .update();
    }

    /** True when the row was still at {@code version} and now holds the change. */
    boolean update(long assessmentId, String actionId, long version, ActionChange change, Instant now) {
        return jdbc.sql("update tracked_action set status = ?, owner = ?, due_date = ?, note = ?, "
                        + "version = version + 1, updated_at = ? where assessment_id = ? and action_id = ? "
                        + "and version = ?")
                .params(change.status().id(), change.owner().orElse(null),
                        change.due().map(Date::valueOf).orElse(null), change.note().orElse(null), at(now),
                        assessmentId, actionId, version)
                .update() == 1;
    }

    void history(long assessmentId, String actionId, Optional<String> by, TrackedField field,
                 Optional<String> before, Optional<String> after, Instant now) {
        jdbc.sql("insert into tracked_action_change (assessment_id, action_id, changed_by, field, before_value, "
                        + "after_value, changed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(assessmentId, actionId, by.orElse(null), field.id(), before.orElse(null),
                        after.orElse(null), at(now))
                .update();
    }

    List<TrackedChange> history(long assessmentId, String actionId) {
        return jdbc.sql("select action_id, changed_by, field, before_value, after_value, changed_at "
                        + "from tracked_action_change where assessment_id = ? and action_id = ? order by id")
                .params(assessmentId, actionId)
                .query((rs, n) -> new TrackedChange(rs.getString("action_id"),
                        Optional.ofNullable(rs.getString("changed_by")), TrackedField.ofId(rs.getString("field")),
                        Optional.ofNullable(rs.getString("before_value")),
                        Optional.ofNullable(rs.getString("after_value")),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Actions done now whose last change to done is at or after {@code since}, earliest first. */
    List<DoneAction> doneSince(long assessmentId, Instant since) {
        return jdbc.sql("select a.action_id, max(c.changed_at) as done_at from tracked_action a "
                        + "join tracked_action_change c on c.assessment_id = a.assessment_id "
                        + "and c.action_id = a.action_id and c.field = 'status' and c.after_value = 'done' "
                        + "where a.assessment_id = ? and a.status = 'done' group by a.action_id "
                        + "having max(c.changed_at) >= ? order by done_at, a.action_id")
                .params(assessmentId, at(since))
                .query((rs, n) -> new DoneAction(rs.getString("action_id"),
                        rs.getObject("done_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Copies the actions and their history onto an assessment that tracks none yet; false when it did. */
    boolean copy(long from, long to) {
        long already = jdbc.sql("select count(*) from tracked_action where assessment_id = ?").param(to)
                .query(Long.class).single();
        if (already > 0) return false;
        jdbc.sql("insert into tracked_action (assessment_id, action_id, status, owner, due_date, note, version, "
                        + "updated_at) select ?, action_id, status, owner, due_date, note, version, updated_at "
                        + "from tracked_action where assessment_id = ?")
                .params(to, from).update();
        jdbc.sql("insert into tracked_action_change (assessment_id, action_id, changed_by, field, before_value, "
                        + "after_value, changed_at) select ?, action_id, changed_by, field, before_value, "
                        + "after_value, changed_at from tracked_action_change where assessment_id = ? order by id")
                .params(to, from).update();
        return true;
    }

    private static ActionTracking tracking(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        return new ActionTracking(ActionStatus.ofId(rs.getString("status")).orElseThrow(),
                Optional.ofNullable(rs.getString("owner")), Optional.ofNullable(due).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("note")), rs.getLong("version"));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
