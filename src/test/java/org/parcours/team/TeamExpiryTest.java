package org.parcours.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.RetentionSetting;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team diagnostic nobody changed for longer than the retention is erased with its members and every answer, as
 * a solo one is; a team with a recent answer, a member who just joined or an action just followed up keeps all of
 * it.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class TeamExpiryTest {

    @Autowired
    private TeamService teams;

    @Autowired
    private TeamExpiry expiry;

    @Autowired
    private RetentionSetting retention;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_team_unchanged_for_longer_than_the_retention_goes_with_its_members_and_answers_and_an_active_one_stays() {
        long forgotten = teamWithAMemberWhoAnswered("Atelier oublié");
        long answeredLately = teamWithAMemberWhoAnswered("Atelier encore actif");
        long joinedLately = teamWithAMemberWhoAnswered("Atelier rejoint hier");
        long trackedLately = teamWithAMemberWhoAnswered("Atelier qui suit son plan");
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(3);
        for (long team : new long[] {forgotten, answeredLately, joinedLately, trackedLately}) {
            jdbc.update("update team set created_at = ? where id = ?", longAgo, team);
            jdbc.update("update team_answer set updated_at = ? where team_id = ?", longAgo, team);
            jdbc.update("update member_answer set updated_at = ? where member_id in "
                    + "(select id from team_member where team_id = ?)", longAgo, team);
            jdbc.update("update team_member set joined_at = ? where team_id = ?", longAgo, team);
        }
        jdbc.update("update team_answer set updated_at = ? where team_id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), answeredLately);
        jdbc.update("update team_member set joined_at = ? where team_id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), joinedLately);
        jdbc.update("insert into team_tracked_action_change (team_id, action_id, field, after_value, changed_at) "
                + "values (?, 'act-first', 'status', 'done', ?)", trackedLately,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        java.time.Instant cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusYears(2).toInstant();
        int before = expiry.countUnchangedSince(cutoff);
        assertThat(before).isGreaterThanOrEqualTo(1);
        assertThat(retention.wouldErase(org.parcours.assessment.Retention.parse("P2Y")))
                .as("the console's count includes team diagnostics").isGreaterThanOrEqualTo(before);

        assertThat(expiry.eraseUnchangedSince(cutoff)).isEqualTo(before);

        assertThat(rows("team where id = ?", forgotten)).isZero();
        assertThat(rows("team_member where team_id = ?", forgotten)).isZero();
        assertThat(rows("team_answer where team_id = ?", forgotten)).isZero();
        assertThat(rows("team where id = ?", answeredLately)).isOne();
        assertThat(rows("team_member where team_id = ?", answeredLately)).isOne();
        assertThat(rows("team where id = ?", joinedLately)).isOne();
        assertThat(rows("team where id = ?", trackedLately)).as("following up its plan is a change").isOne();
        assertThat(expiry.eraseUnchangedSince(cutoff)).as("erasing what is gone does nothing").isZero();
    }

    /** An atelier with one member who gave one shared answer; its id. */
    private long teamWithAMemberWhoAnswered(String name) {
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, name, "fr");
        JoinOutcome.Joined member = (JoinOutcome.Joined) teams.join(team.invitation().value(), null);
        teams.answer(member.link(), "resource_type", 0, AnswerValue.of("data"));
        return jdbc.queryForObject("select id from team where team_name = ? order by id desc fetch first 1 rows only",
                Long.class, name);
    }

    private int rows(String fromWhere, long id) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class, id);
    }
}
