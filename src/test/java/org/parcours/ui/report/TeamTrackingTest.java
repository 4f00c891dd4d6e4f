package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.ContentAnswers;
import org.parcours.assessment.NextRound;
import org.parcours.report.ActionStatus;
import org.parcours.round.RoundService;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.tracker.ActionChange;
import org.parcours.tracker.TrackerOutcome;
import org.parcours.tracker.TrackerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team diagnostic follows up its plan on its own report, as a solo one does: every member and the facilitator
 * change an action's status, owner, due date and note with the same conflict rules; the follow-up goes with the
 * team into its next round, and is erased with it.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=questionnaires")
class TeamTrackingTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private TeamService teams;

    @Autowired
    private TrackerService tracker;

    @Autowired
    private RoundService rounds;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void a_member_marks_an_action_done_the_report_shows_it_a_stale_change_conflicts_and_round_two_keeps_it() {
        TeamCreated created = teams.fromSolo(finished().token(), TeamMode.ATELIER, false).orElseThrow();
        JoinOutcome.Joined member = (JoinOutcome.Joined) teams.join(created.invitation().value(), "Awa");
        TeamState team = member.team();
        String action = firstAction(team);

        TeamReportView page = navigate("r/" + member.link().value(), TeamReportView.class);
        assertThat(markup(page)).contains("data-track=\"" + action + "\"");

        TrackerOutcome saved = tracker.change(team, action, 0, new ActionChange(ActionStatus.DONE,
                Optional.of("Service numérique"), Optional.empty(), Optional.empty()), Optional.of("Awa"));
        assertThat(saved).isInstanceOf(TrackerOutcome.Saved.class);
        assertThat(tracker.change(team, action, 0, new ActionChange(ActionStatus.ABANDONED, Optional.empty(),
                Optional.empty(), Optional.empty()), Optional.empty())).as("made on the version before")
                .isInstanceOf(TrackerOutcome.Conflict.class);
        assertThat(tracker.history(team, action)).extracting(change -> change.by().orElse(""))
                .contains("Awa");
        assertThat(markup(navigate("r/" + created.facilitator().value(), TeamReportView.class)))
                .contains("Service numérique");

        NextRound.Started next = (NextRound.Started) rounds.startFromTeam(created.facilitator(), true);
        assertThat(tracker.tracking(next.state().id()).of(action).status()).isEqualTo(ActionStatus.DONE);
        assertThat(rounds.progress(next.state()).actionsDone()).contains(action);

        assertThat(teams.erase(created.facilitator())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from team_tracked_action where team_id = ?", Integer.class,
                team.id())).isZero();
    }

    private static String firstAction(TeamState team) {
        return org.parcours.engine.Engine.evaluate(team.questionnaire(), team.teamAnswers().answers()).plan()
                .getFirst().id();
    }

    private static String markup(TeamReportView page) {
        return page.getChildren().filter(c -> c.getClassNames().contains("pc-report-rest"))
                .map(FetchedMarkup.class::cast).findFirst().orElseThrow().markup();
    }

    private AssessmentState finished() {
        return ContentAnswers.answered(assessments, 0, "Atelier du plan");
    }
}
