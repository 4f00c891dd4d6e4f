package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.ProblemCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class AssessmentServiceTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_new_assessment_records_the_questionnaire_version_it_is_answered_against() {
        AssessmentState started = service.start("mini", "  Mairie de Saint-Jean  ", "fr");

        assertThat(started.questionnaire().id()).isEqualTo("mini");
        assertThat(started.teamName()).contains("Mairie de Saint-Jean");
        assertThat(started.answers().size()).isZero();
        assertThat(jdbc.queryForObject("select questionnaire_version from assessment where token_hash = ?",
                String.class, started.token().hash())).isEqualTo("1.0.0");
        assertThat(jdbc.queryForObject("select content_hash from assessment where token_hash = ?",
                String.class, started.token().hash())).isEqualTo(started.questionnaire().contentHash());
    }

    @Test
    void every_kind_of_answer_is_saved_as_arow_and_read_back_with_the_token() {
        AssessmentState state = service.start("mini", "", "fr");

        state = saved(service.answer(state.token(), state.version(), "resource_type", AnswerValue.of("software")));
        state = saved(service.answer(state.token(), state.version(), "code_public", AnswerValue.of(true)));
        state = saved(service.answer(state.token(), state.version(), "funding_needs",
                AnswerValue.of(List.of("maintenance", "build"))));
        state = saved(service.answer(state.token(), state.version(), "maintainers", AnswerValue.of(4.0)));
        state = saved(service.answer(state.token(), state.version(), "vision", AnswerValue.text("Un commun vivant")));

        AssessmentState reopened = service.open(state.token().value()).orElseThrow();
        assertThat(reopened.answers().asMap()).containsEntry("resource_type", AnswerValue.of("software"))
                .containsEntry("code_public", AnswerValue.of(true))
                .containsEntry("funding_needs", AnswerValue.of(List.of("maintenance", "build")))
                .containsEntry("maintainers", AnswerValue.of(4.0))
                .containsEntry("vision", AnswerValue.text("Un commun vivant"));
        assertThat(jdbc.queryForObject("select count(*) from answer a join assessment s on s.id = a.assessment_id "
                + "where s.token_hash = ?", Integer.class, state.token().hash())).isEqualTo(5);
        assertThat(reopened.evaluation().isVisible("budget")).isTrue();
    }

    @Test
    void an_invalid_answer_is_refused_with_the_engines_message_and_nothing_saved_is_lost() {
        AssessmentState state = saved(service.answer(service.start("mini", null, "fr").token(), 0, "resource_type",
                AnswerValue.of("data")));
        long version = state.version();

        assertRefused(service.answer(state.token(), version, "resource_type", AnswerValue.of("spreadsheet")),
                ProblemCode.UNKNOWN_OPTION);
        assertRefused(service.answer(state.token(), version, "funding_needs", AnswerValue.of(List.of("none", "build"))),
                ProblemCode.EXCLUSIVE_COMBINED);
        assertRefused(service.answer(state.token(), version, "maintainers", AnswerValue.of(9.0)),
                ProblemCode.OUT_OF_RANGE);
        assertRefused(service.answer(state.token(), version, "vision", AnswerValue.text("x".repeat(51))),
                ProblemCode.TOO_LONG);
        assertRefused(service.answer(state.token(), version, "maintainers", AnswerValue.of("three")),
                ProblemCode.WRONG_TYPE);
        assertRefused(service.answer(state.token(), version, "no_such_question", AnswerValue.of(true)),
                ProblemCode.UNKNOWN_QUESTION);

        AssessmentState reopened = service.open(state.token().value()).orElseThrow();
        assertThat(reopened.version()).isEqualTo(version);
        assertThat(reopened.answers().asMap()).containsOnlyKeys("resource_type")
                .containsEntry("resource_type", AnswerValue.of("data"));
    }

    @Test
    void a_change_made_on_an_older_version_is_aconflict_not_asilent_overwrite() {
        AssessmentState firstTab = service.start("mini", null, "fr");
        AssessmentState secondTab = service.open(firstTab.token().value()).orElseThrow();

        saved(service.answer(firstTab.token(), firstTab.version(), "resource_type", AnswerValue.of("software")));
        SaveOutcome late = service.answer(secondTab.token(), secondTab.version(), "resource_type",
                AnswerValue.of("data"));

        assertThat(late).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(service.open(firstTab.token().value()).orElseThrow().answers().get("resource_type"))
                .contains(AnswerValue.of("software"));
    }

    @Test
    void clearing_an_answer_removes_its_row_and_the_resume_link_reopens_the_page_the_team_was_on() {
        AssessmentState state = service.start("mini", null, "fr");
        state = saved(service.answer(state.token(), state.version(), "maintainers", AnswerValue.of(2.0)));
        state = saved(service.clear(state.token(), state.version(), "maintainers"));
        state = saved(service.moveTo(state.token(), state.version(), "sustain", 2));

        AssessmentState reopened = service.open(state.token().value()).orElseThrow();
        assertThat(reopened.answers().get("maintainers")).isEmpty();
        assertThat(reopened.currentPhase()).contains("sustain");
        assertThat(reopened.currentPart()).isEqualTo(2);
    }

    @Test
    void a_malformed_or_unknown_token_opens_nothing() {
        assertThat(service.open("")).isEmpty();
        assertThat(service.open("../../etc/passwd")).isEmpty();
        assertThat(service.open("x".repeat(43))).isEmpty();
        assertThat(service.open(null)).isEmpty();
    }

    @Test
    void the_resume_token_carries_at_least_128_random_bits_and_only_its_hash_is_stored() {
        AssessmentState a = service.start("mini", null, "fr");
        AssessmentState b = service.start("mini", null, "fr");

        assertThat(a.token().value()).hasSize(43).isNotEqualTo(b.token().value());
        List<String> stored = jdbc.queryForList("select token_hash from assessment", String.class);
        assertThat(stored).doesNotContain(a.token().value(), b.token().value()).contains(a.token().hash());
    }

    @Test
    void a_team_name_longer_than_the_limit_is_refused_and_an_unknown_questionnaire_too() {
        assertThatThrownBy(() -> service.start("mini", "x".repeat(TeamName.MAX_LENGTH + 1), "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("120");
        assertThatThrownBy(() -> service.start("nope", null, "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }

    private static void assertRefused(SaveOutcome outcome, ProblemCode code) {
        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Refused.class, refused ->
                assertThat(refused.problems()).extracting(p -> p.code()).contains(code));
    }
}
