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

    Optional<Instant> createdAt(PlanOwner owner) {
        return sql(owner, "select created_at from {owners} where id = ?").param(owner.id())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    Map<String, ActionTracking> actions(PlanOwner owner) {
        Map<String, ActionTracking> actions = new LinkedHashMap<>();
        sql(owner, "select " + COLUMNS + " from {actions} where {key} = ? order by action_id")
                .param(owner.id())
                .query((ResultSet rs) -> {
                    actions.put(rs.getString("action_id"), tracking(rs));
                });
        return actions;
    }

    Optional<ActionTracking> action(PlanOwner owner, String actionId) {
        return sql(owner, "select " + COLUMNS + " from {actions} where {key} = ? and action_id = ?")
                .params(owner.id(), actionId).query((rs, n) -> tracking(rs)).optional();
    }

    /** The largest change id of this assessment: moves with every change, 0 while none. */
    long revision(PlanOwner owner) {
        return sql(owner, "select coalesce(max(id), 0) from {changes} where {key} = ?")
                .param(owner.id()).query(Long.class).single();
    }

    void insert(PlanOwner owner, String actionId, ActionChange change, Instant now) {
        sql(owner, "insert into {actions} ({key}, action_id, status, owner, due_date, note, version, "
                        + "updated_at) values (?, ?, ?, ?, ?, ?, 1, ?)")
                .params(owner.id(), actionId, change.status().id(), change.owner().orElse(null),
                        change.due().map(Date::valueOf).orElse(null), change.note().orElse(null), at(now))
                .update();
    }

    /** True when the row was still at {@code version} and now holds the change. */
    boolean update(PlanOwner owner, String actionId, long version, ActionChange change, Instant now) {
        return sql(owner, "update {actions} set status = ?, owner = ?, due_date = ?, note = ?, "
                        + "version = version + 1, updated_at = ? where {key} = ? and action_id = ? "
                        + "and version = ?")
                .params(change.status().id(), change.owner().orElse(null),
                        change.due().map(Date::valueOf).orElse(null), change.note().orElse(null), at(now),
                        owner.id(), actionId, version)
                .update() == 1;
    }

    void history(PlanOwner owner, String actionId, Optional<String> by, TrackedField field,
                 Optional<String> before, Optional<String> after, Instant now) {
        sql(owner, "insert into {changes} ({key}, action_id, changed_by, field, before_value, "
                        + "after_value, changed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(owner.id(), actionId, by.orElse(null), field.id(), before.orElse(null),
                        after.orElse(null), at(now))
                .update();
    }

    List<TrackedChange> history(PlanOwner owner, String actionId) {
        return sql(owner, "select action_id, changed_by, field, before_value, after_value, changed_at "
                        + "from {changes} where {key} = ? and action_id = ? order by id")
                .params(owner.id(), actionId)
                .query((rs, n) -> new TrackedChange(rs.getString("action_id"),
                        Optional.ofNullable(rs.getString("changed_by")), TrackedField.ofId(rs.getString("field")),
                        Optional.ofNullable(rs.getString("before_value")),
                        Optional.ofNullable(rs.getString("after_value")),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Actions done now whose last change to done is at or after {@code since}, earliest first. */
    List<DoneAction> doneSince(PlanOwner owner, Instant since) {
        return sql(owner, "select a.action_id, max(c.changed_at) as done_at from {actions} a "
                        + "join {changes} c on c.{key} = a.{key} "
                        + "and c.action_id = a.action_id and c.field = 'status' and c.after_value = 'done' "
                        + "where a.{key} = ? and a.status = 'done' group by a.action_id "
                        + "having max(c.changed_at) >= ? order by done_at, a.action_id")
                .params(owner.id(), at(since))
                .query((rs, n) -> new DoneAction(rs.getString("action_id"),
                        rs.getObject("done_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Copies the actions and their history onto a plan that tracks none yet (a new round's, from the previous round
     * or from the team diagnostic it follows); false when it did.
     */
    boolean copy(PlanOwner from, PlanOwner to) {
        long already = sql(to, "select count(*) from {actions} where {key} = ?").param(to.id())
                .query(Long.class).single();
        if (already > 0) return false;
        jdbc.sql(to.sql("insert into {actions} ({key}, action_id, status, owner, due_date, note, version, updated_at) ")
                        + from.sql("select ?, action_id, status, owner, due_date, note, version, updated_at "
                        + "from {actions} where {key} = ?"))
                .params(to.id(), from.id()).update();
        jdbc.sql(to.sql("insert into {changes} ({key}, action_id, changed_by, field, before_value, after_value, "
                        + "changed_at) ") + from.sql("select ?, action_id, changed_by, field, before_value, "
                        + "after_value, changed_at from {changes} where {key} = ? order by id"))
                .params(to.id(), from.id()).update();
        return true;
    }

    /** A statement on this owner's tables. */
    private JdbcClient.StatementSpec sql(PlanOwner owner, String template) {
        return jdbc.sql(owner.sql(template));
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
