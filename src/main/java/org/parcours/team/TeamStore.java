package org.parcours.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The team tables, in plain SQL: a change names the version it was made on in its {@code where} clause, so that a
 * change overtaken by another one updates nothing and is told, whatever the node it ran on.
 */
@Component
class TeamStore {

    /** A team row as stored. */
    record TeamRow(long id, long snapshotId, TeamMode mode, boolean named, Optional<String> teamName, String locale,
                   int maxMembers, boolean comparisonOpen, Optional<Instant> closedAt, long revision,
                   Optional<Long> fromAssessment) {
    }

    /** A stored answer: the set's key is the member (own answers) or the team and set name. */
    record AnswerRow(String questionId, Optional<String> json, Optional<String> reason, long version,
                     Instant updatedAt, Optional<Long> updatedBy) {
    }

    static final String SHARED = "shared";
    static final String AGREED = "agreed";

    private static final String TEAM_COLUMNS = "id, snapshot_id, work_mode, named, team_name, locale, max_members, "
            + "comparison_open, closed_at, revision, from_assessment_id";
    private static final String MEMBER_COLUMNS = "id, member_number, display_name, joined_at, last_seen_at, "
            + "current_phase, current_part, finished_at, revoked_at";

    private final JdbcClient jdbc;

    TeamStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    long insertTeam(String facilitatorHash, String invitationHash, long snapshotId, TeamMode mode, boolean named,
                    Optional<String> teamName, String locale, int maxMembers, Optional<Long> fromAssessment,
                    Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into team (facilitator_hash, invitation_hash, snapshot_id, work_mode, named, team_name, "
                        + "locale, max_members, from_assessment_id, comparison_open, revision, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?)")
                .params(facilitatorHash, invitationHash, snapshotId, mode.id(), named, teamName.orElse(null), locale,
                        maxMembers, fromAssessment.orElse(null), at(now))
                .update(key, "id");
        return key.getKeyAs(Long.class) != null ? key.getKeyAs(Long.class) : key.getKey().longValue();
    }

    Optional<TeamRow> teamByFacilitator(String hash) {
        return team("facilitator_hash", hash);
    }

    Optional<TeamRow> teamByInvitation(String hash) {
        return team("invitation_hash", hash);
    }

    Optional<TeamRow> teamById(long id) {
        return jdbc.sql("select " + TEAM_COLUMNS + " from team where id = ?").param(id).query(TeamStore::team)
                .optional();
    }

    private Optional<TeamRow> team(String column, String hash) {
        return jdbc.sql("select " + TEAM_COLUMNS + " from team where " + column + " = ?").param(hash)
                .query(TeamStore::team).optional();
    }

    /** The team of a member link, with the member: a revoked member's link included (the caller refuses it). */
    Optional<MemberKey> memberByLink(String hash) {
        return jdbc.sql("select id, team_id from team_member where link_hash = ?").param(hash)
                .query((rs, n) -> new MemberKey(rs.getLong("id"), rs.getLong("team_id"))).optional();
    }

    /** A member row's id and its team's. */
    record MemberKey(long memberId, long teamId) {
    }

    List<Member> members(long teamId) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from team_member where team_id = ? order by member_number")
                .param(teamId).query(TeamStore::member).list();
    }

    /** Takes the team row's lock for the rest of the transaction and counts one more change. */
    long bump(long teamId) {
        jdbc.sql("update team set revision = revision + 1 where id = ?").param(teamId).update();
        return revision(teamId);
    }

    long revision(long teamId) {
        return jdbc.sql("select revision from team where id = ?").param(teamId).query(Long.class).optional()
                .orElse(-1L);
    }

    long insertMember(long teamId, String linkHash, Optional<String> displayName, Instant now) {
        int number = jdbc.sql("select coalesce(max(member_number), 0) + 1 from team_member where team_id = ?")
                .param(teamId).query(Integer.class).single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into team_member (team_id, link_hash, member_number, display_name, joined_at, last_seen_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(teamId, linkHash, number, displayName.orElse(null), at(now), at(now)).update(key, "id");
        return key.getKeyAs(Long.class) != null ? key.getKeyAs(Long.class) : key.getKey().longValue();
    }

    int activeMembers(long teamId) {
        return jdbc.sql("select count(*) from team_member where team_id = ? and revoked_at is null").param(teamId)
                .query(Integer.class).single();
    }

    boolean revoke(long teamId, int number, Instant now) {
        return jdbc.sql("update team_member set revoked_at = ? where team_id = ? and member_number = ? "
                + "and revoked_at is null").params(at(now), teamId, number).update() == 1;
    }

    void renewInvitation(long teamId, String invitationHash) {
        jdbc.sql("update team set invitation_hash = ? where id = ?").params(invitationHash, teamId).update();
    }

    void openComparison(long teamId) {
        jdbc.sql("update team set comparison_open = true where id = ?").param(teamId).update();
    }

    void close(long teamId, Instant now) {
        jdbc.sql("update team set closed_at = ? where id = ? and closed_at is null").params(at(now), teamId).update();
    }

    /** The team goes, with its members and every answer (their rows follow by {@code ON DELETE CASCADE}). */
    boolean delete(long teamId) {
        return jdbc.sql("delete from team where id = ?").param(teamId).update() == 1;
    }

    /** True for the one request that takes the team's diagnostic again. */
    boolean claimNextRound(long teamId, Instant now) {
        return jdbc.sql("update team set next_round_at = ? where id = ? and next_round_at is null")
                .params(at(now), teamId).update() == 1;
    }

    void releaseNextRound(long teamId) {
        jdbc.sql("update team set next_round_at = null where id = ?").param(teamId).update();
    }

    /** The last change of the team's answers (shared or agreed), if it has any. */
    Optional<Instant> lastAnswerChange(long teamId) {
        return jdbc.sql("select max(updated_at) from team_answer where team_id = ?").param(teamId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)).single();
    }

    void seen(long memberId, Optional<String> phase, int part, Instant now) {
        jdbc.sql("update team_member set last_seen_at = ?, current_phase = coalesce(?, current_phase), "
                + "current_part = ? where id = ?").params(at(now), phase.orElse(null), part, memberId).update();
    }

    void finished(long memberId, boolean done, Instant now) {
        jdbc.sql("update team_member set finished_at = ? where id = ?").params(done ? at(now) : null, memberId)
                .update();
    }

    // Answers of a member (regards croisés).

    Map<Long, List<AnswerRow>> memberAnswers(long teamId) {
        Map<Long, List<AnswerRow>> byMember = new HashMap<>();
        jdbc.sql("select a.member_id, a.question_id, a.value_json, a.reason, a.version, a.updated_at, "
                        + "a.member_id as updated_by from member_answer a join team_member m on m.id = a.member_id "
                        + "where m.team_id = ?")
                .param(teamId).query((rs, n) -> Map.entry(rs.getLong("member_id"), answer(rs))).list()
                .forEach(e -> byMember.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return byMember;
    }

    Optional<AnswerRow> memberAnswer(long memberId, String questionId) {
        return jdbc.sql("select question_id, value_json, reason, version, updated_at, member_id as updated_by "
                        + "from member_answer where member_id = ? and question_id = ?")
                .params(memberId, questionId).query((rs, n) -> answer(rs)).optional();
    }

    void insertMemberAnswer(long memberId, String questionId, String json, String reason, long version, Instant now) {
        jdbc.sql("insert into member_answer (member_id, question_id, value_json, reason, version, updated_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(memberId, questionId, json, reason, version, at(now)).update();
    }

    boolean updateMemberAnswer(long memberId, String questionId, String json, long seen, Instant now) {
        return jdbc.sql("update member_answer set value_json = ?, version = version + 1, updated_at = ? "
                        + "where member_id = ? and question_id = ? and version = ?")
                .params(json, at(now), memberId, questionId, seen).update() == 1;
    }

    /** A reason is not an edit of the answer: it moves no version and never conflicts. */
    void reason(long memberId, String questionId, String reason, Instant now) {
        int updated = jdbc.sql("update member_answer set reason = ? where member_id = ? and question_id = ?")
                .params(reason, memberId, questionId).update();
        if (updated == 0) insertMemberAnswer(memberId, questionId, null, reason, 0, now);
    }

    // Answers of the team (the atelier's shared set, the agreed set).

    List<AnswerRow> teamAnswers(long teamId, String set) {
        return jdbc.sql("select question_id, value_json, null as reason, version, updated_at, updated_by "
                        + "from team_answer where team_id = ? and answer_set = ?")
                .params(teamId, set).query((rs, n) -> answer(rs)).list();
    }

    Optional<AnswerRow> teamAnswer(long teamId, String set, String questionId) {
        return jdbc.sql("select question_id, value_json, null as reason, version, updated_at, updated_by "
                        + "from team_answer where team_id = ? and answer_set = ? and question_id = ?")
                .params(teamId, set, questionId).query((rs, n) -> answer(rs)).optional();
    }

    void insertTeamAnswer(long teamId, String set, String questionId, String json, Optional<Long> by, Instant now) {
        jdbc.sql("insert into team_answer (team_id, answer_set, question_id, value_json, version, updated_at, "
                + "updated_by) values (?, ?, ?, ?, 1, ?, ?)")
                .params(teamId, set, questionId, json, at(now), by.orElse(null)).update();
    }

    boolean updateTeamAnswer(long teamId, String set, String questionId, String json, long seen, Optional<Long> by,
                             Instant now) {
        return jdbc.sql("update team_answer set value_json = ?, version = version + 1, updated_at = ?, updated_by = ? "
                        + "where team_id = ? and answer_set = ? and question_id = ? and version = ?")
                .params(json, at(now), by.orElse(null), teamId, set, questionId, seen).update() == 1;
    }

    private static TeamRow team(ResultSet rs, int row) throws SQLException {
        long from = rs.getLong("from_assessment_id");
        Optional<Long> fromAssessment = rs.wasNull() ? Optional.empty() : Optional.of(from);
        return new TeamRow(rs.getLong("id"), rs.getLong("snapshot_id"),
                TeamMode.of(rs.getString("work_mode")).orElseThrow(), rs.getBoolean("named"),
                Optional.ofNullable(rs.getString("team_name")), rs.getString("locale"), rs.getInt("max_members"),
                rs.getBoolean("comparison_open"), instant(rs, "closed_at"), rs.getLong("revision"), fromAssessment);
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        int part = rs.getInt("current_part");
        boolean noPart = rs.wasNull() || part < 1;
        return new Member(rs.getLong("id"), rs.getInt("member_number"), Optional.ofNullable(rs.getString("display_name")),
                instant(rs, "joined_at").orElseThrow(), instant(rs, "last_seen_at").orElseThrow(),
                Optional.ofNullable(rs.getString("current_phase")), noPart ? 1 : part,
                instant(rs, "finished_at"), instant(rs, "revoked_at"));
    }

    private static AnswerRow answer(ResultSet rs) throws SQLException {
        long by = rs.getLong("updated_by");
        Optional<Long> updatedBy = rs.wasNull() ? Optional.empty() : Optional.of(by);
        return new AnswerRow(rs.getString("question_id"), Optional.ofNullable(rs.getString("value_json")),
                Optional.ofNullable(rs.getString("reason")), rs.getLong("version"),
                instant(rs, "updated_at").orElseThrow(), updatedBy);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
