package org.parcours.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class FeedbackServiceTest {

    private static final String RECOMMENDATION = "gov-association";

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private FeedbackService feedback;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_verdict_is_kept_with_the_questionnaire_version_and_never_with_the_token() {
        AssessmentState team = assessments.start("mini", "", "fr");

        FeedbackOutcome outcome = feedback.give(team, RECOMMENDATION, Verdict.WRONG, "  Pas pour une commune\u0007 ");

        assertThat(outcome).isInstanceOf(FeedbackOutcome.Saved.class);
        var row = jdbc.queryForMap("select * from recommendation_feedback where assessment_id = ?",
                assessments.idOf(team.token()).orElseThrow());
        assertThat(row).containsEntry("questionnaire_id", "mini").containsEntry("questionnaire_version", "1.0.0")
                .containsEntry("recommendation_id", RECOMMENDATION).containsEntry("verdict", "WRONG")
                .containsEntry("comment", "Pas pour une commune");
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(team.token().value()));
    }

    @Test
    void a_team_that_changes_its_mind_replaces_its_verdict() {
        AssessmentState team = assessments.start("mini", "", "fr");

        feedback.give(team, RECOMMENDATION, Verdict.WRONG, "faux");
        feedback.give(team, RECOMMENDATION, Verdict.USEFUL, "");

        assertThat(feedback.givenBy(team)).containsOnlyKeys(RECOMMENDATION);
        Feedback kept = feedback.givenBy(team).get(RECOMMENDATION);
        assertThat(kept.verdict()).isEqualTo(Verdict.USEFUL);
        assertThat(kept.comment()).isEmpty();
    }

    @Test
    void a_comment_over_a_thousand_characters_is_refused_and_nothing_is_kept() {
        AssessmentState team = assessments.start("mini", "", "fr");

        FeedbackOutcome outcome = feedback.give(team, RECOMMENDATION, Verdict.USEFUL, "é".repeat(1001));

        assertThat(outcome).isEqualTo(new FeedbackOutcome.Refused(FeedbackOutcome.Problem.COMMENT_TOO_LONG));
        assertThat(feedback.givenBy(team)).isEmpty();
        assertThat(feedback.give(team, RECOMMENDATION, Verdict.USEFUL, "é".repeat(1000)))
                .isInstanceOf(FeedbackOutcome.Saved.class);
    }

    @Test
    void a_recommendation_the_questionnaire_does_not_have_is_refused_as_tampered() {
        AssessmentState team = assessments.start("mini", "", "fr");

        assertThat(feedback.give(team, "'; drop table answer; --", Verdict.WRONG, null))
                .isEqualTo(new FeedbackOutcome.Refused(FeedbackOutcome.Problem.UNKNOWN_RECOMMENDATION));
        assertThat(feedback.givenBy(team)).isEmpty();
    }

    @Test
    void the_verdicts_of_one_team_are_not_shown_to_another() {
        AssessmentState one = assessments.start("mini", "", "fr");
        AssessmentState other = assessments.start("mini", "", "fr");

        feedback.give(one, RECOMMENDATION, Verdict.NOT_FOR_US, null);

        assertThat(feedback.givenBy(other)).isEmpty();
    }
}
