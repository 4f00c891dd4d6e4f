package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void every_kind_of_answer_is_saved_as_a_row_and_read_back_with_the_token() {
        AssessmentState state = service.start("mini", "", "fr");

        state = saved(service.answer(state.token(), "resource_type", state.versionOf("resource_type"), AnswerValue.of("software")));
        state = saved(service.answer(state.token(), "code_public", state.versionOf("code_public"), AnswerValue.of(true)));
        state = saved(service.answer(state.token(), "funding_needs", state.versionOf("funding_needs"),
                AnswerValue.of(List.of("maintenance", "build"))));
        state = saved(service.answer(state.token(), "maintainers", state.versionOf("maintainers"), AnswerValue.of(4.0)));
        state = saved(service.answer(state.token(), "vision", state.versionOf("vision"), AnswerValue.text("Un commun vivant")));

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
        AssessmentState state = saved(service.answer(service.start("mini", null, "fr").token(), "resource_type", 0,
                AnswerValue.of("data")));
        long version = state.versionOf("resource_type");

        assertRefused(service.answer(state.token(), "resource_type", version, AnswerValue.of("spreadsheet")),
                ProblemCode.UNKNOWN_OPTION);
        assertRefused(service.answer(state.token(), "funding_needs", 0, AnswerValue.of(List.of("none", "build"))),
                ProblemCode.EXCLUSIVE_COMBINED);
        assertRefused(service.answer(state.token(), "maintainers", 0, AnswerValue.of(9.0)),
                ProblemCode.OUT_OF_RANGE);
        assertRefused(service.answer(state.token(), "vision", 0, AnswerValue.text("x".repeat(51))),
                ProblemCode.TOO_LONG);
        assertRefused(service.answer(state.token(), "maintainers", 0, AnswerValue.of("three")),
                ProblemCode.WRONG_TYPE);
        assertRefused(service.answer(state.token(), "no_such_question", 0, AnswerValue.of(true)),
                ProblemCode.UNKNOWN_QUESTION);

        AssessmentState reopened = service.open(state.token().value()).orElseThrow();
        assertThat(reopened.versionOf("resource_type")).isEqualTo(version);
        assertThat(reopened.answers().asMap()).containsOnlyKeys("resource_type")
                .containsEntry("resource_type", AnswerValue.of("data"));
    }

    @Test
    void a_change_made_on_an_older_version_is_a_conflict_not_a_silent_overwrite() {
        AssessmentState firstTab = service.start("mini", null, "fr");
        AssessmentState secondTab = service.open(firstTab.token().value()).orElseThrow();

        saved(service.answer(firstTab.token(), "resource_type", firstTab.versionOf("resource_type"), AnswerValue.of("software")));
        SaveOutcome late = service.answer(secondTab.token(), "resource_type", secondTab.versionOf("resource_type"),
                AnswerValue.of("data"));

        assertThat(late).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(service.open(firstTab.token().value()).orElseThrow().answers().get("resource_type"))
                .contains(AnswerValue.of("software"));
    }

    @Test
    void changes_of_different_answers_and_page_moves_never_conflict() {
        AssessmentState firstTab = service.start("mini", null, "fr");
        AssessmentState secondTab = service.open(firstTab.token().value()).orElseThrow();

        saved(service.answer(firstTab.token(), "resource_type", 0, AnswerValue.of("software")));
        assertThat(service.moveTo(firstTab.token(), "sustain", 1)).isTrue();
        saved(service.answer(secondTab.token(), "maintainers", secondTab.versionOf("maintainers"),
                AnswerValue.of(3.0)));

        assertThat(service.open(firstTab.token().value()).orElseThrow().answers().asMap())
                .containsEntry("resource_type", AnswerValue.of("software"))
                .containsEntry("maintainers", AnswerValue.of(3.0));
    }

    @Test
    void a_conflict_says_what_the_answer_now_is_and_naming_its_version_keeps_ones_own_knowingly() {
        AssessmentState first = service.start("mini", null, "fr");
        AssessmentState stale = service.open(first.token().value()).orElseThrow();
        saved(service.answer(first.token(), "maintainers", 0, AnswerValue.of(2.0)));

        SaveOutcome late = service.answer(stale.token(), "maintainers", stale.versionOf("maintainers"),
                AnswerValue.of(5.0));

        assertThat(late).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.theirs()).contains(AnswerValue.of(2.0));
            assertThat(saved(service.answer(stale.token(), "maintainers", conflict.version(), AnswerValue.of(5.0)))
                    .answers().get("maintainers")).contains(AnswerValue.of(5.0));
        });
    }

    @Test
    void a_cleared_answer_still_conflicts_with_a_change_made_on_its_former_value() {
        AssessmentState first = service.start("mini", null, "fr");
        first = saved(service.answer(first.token(), "maintainers", 0, AnswerValue.of(2.0)));
        AssessmentState stale = service.open(first.token().value()).orElseThrow();
        saved(service.clear(first.token(), "maintainers", first.versionOf("maintainers")));

        SaveOutcome late = service.answer(stale.token(), "maintainers", stale.versionOf("maintainers"),
                AnswerValue.of(4.0));

        assertThat(late).isInstanceOfSatisfying(SaveOutcome.Conflict.class,
                conflict -> assertThat(conflict.theirs()).isEmpty());
    }

    @Test
    void two_saves_of_one_answer_at_the_same_moment_give_one_saved_and_one_conflict() throws Exception {
        AssessmentState state = service.start("mini", null, "fr");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SaveOutcome>> outcomes = List.of(2.0, 4.0).stream().map(value -> pool.submit(() -> {
                go.await();
                return service.answer(state.token(), "maintainers", 0, AnswerValue.of(value));
            })).toList();
            go.countDown();
            List<SaveOutcome> done = new ArrayList<>();
            for (Future<SaveOutcome> f : outcomes) done.add(f.get(30, TimeUnit.SECONDS));
            assertThat(done).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
            assertThat(done).filteredOn(SaveOutcome.Conflict.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_change_to_an_assessment_that_no_longer_exists_is_not_found_not_a_conflict() {
        AssessmentState state = service.start("mini", null, "fr");
        jdbc.update("delete from assessment where token_hash = ?", state.token().hash());

        assertThat(service.answer(state.token(), "maintainers", 0, AnswerValue.of(2.0)))
                .isInstanceOf(SaveOutcome.NotFound.class);
        assertThat(service.moveTo(state.token(), "sustain", 1)).isFalse();
    }

    @Test
    void clearing_an_answer_keeps_no_value_and_the_resume_link_reopens_the_page_the_team_was_on() {
        AssessmentState state = service.start("mini", null, "fr");
        state = saved(service.answer(state.token(), "maintainers", state.versionOf("maintainers"), AnswerValue.of(2.0)));
        state = saved(service.clear(state.token(), "maintainers", state.versionOf("maintainers")));
        assertThat(service.moveTo(state.token(), "sustain", 2)).isTrue();

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
