package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the operator console reads and erases: the engine's progress kept on each row as answers are saved, the
 * list filtered and paged in SQL, one assessment read by id, and an erasure that takes the answers, the row and
 * the snapshot no other assessment uses, and nothing else.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class AssessmentConsoleDataTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private AssessmentDirectory directory;

    @Autowired
    private AssessmentErasure erasure;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        jdbc.update("delete from team");
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
    }

    @Test
    void the_progress_the_engine_computes_is_kept_on_the_row_and_filters_by_status() {
        AssessmentState unnamed = service.start("mini", "", "fr");
        AssessmentState finished = finish(service.start("mini", "Équipe finie", "fr"));

        assertThat(directory.page(AssessmentFilter.all().withStatus(AssessmentFilter.Status.FINISHED), 0, 10))
                .singleElement().satisfies(row -> {
                    assertThat(row.teamName()).contains("Équipe finie");
                    assertThat(row.finished()).isTrue();
                    assertThat(row.answered()).isEqualTo(finished.evaluation().progress().answered());
                    assertThat(row.visible()).isEqualTo(finished.evaluation().progress().visible());
                });
        assertThat(directory.page(AssessmentFilter.all().withStatus(AssessmentFilter.Status.IN_PROGRESS), 0, 10))
                .singleElement().satisfies(row -> {
                    assertThat(row.teamName()).isEmpty();
                    assertThat(row.answered()).isZero();
                    assertThat(row.visible()).isEqualTo(unnamed.evaluation().progress().visible());
                });
        assertThat(directory.count(AssessmentFilter.all().withNamed(true))).isEqualTo(1);
        assertThat(directory.count(AssessmentFilter.all().withNamed(false))).isEqualTo(1);
    }

    @Test
    void the_list_is_newest_first_a_page_at_a_time_and_filters_by_version_and_dates() {
        for (int i = 0; i < 7; i++) service.start("mini", "Équipe " + i, "fr");

        List<AssessmentSummary> first = directory.page(AssessmentFilter.all(), 0, 3);
        List<AssessmentSummary> third = directory.page(AssessmentFilter.all(), 6, 3);

        assertThat(first).extracting(s -> s.teamName().orElseThrow())
                .containsExactly("Équipe 6", "Équipe 5", "Équipe 4");
        assertThat(third).extracting(s -> s.teamName().orElseThrow()).containsExactly("Équipe 0");
        assertThat(directory.versions()).singleElement()
                .isEqualTo(new QuestionnaireVersion("mini", "1.0.0", 7));
        assertThat(directory.count(AssessmentFilter.all().withQuestionnaire("mini", "1.0.0"))).isEqualTo(7);
        assertThat(directory.count(AssessmentFilter.all().withQuestionnaire("mini", "0.9"))).isZero();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(directory.count(AssessmentFilter.all().between(today, today))).isEqualTo(7);
        assertThat(directory.count(AssessmentFilter.all().between(today.plusDays(1), null))).isZero();
        assertThat(directory.count(AssessmentFilter.all().between(null, today.minusDays(1)))).isZero();
    }

    @Test
    void an_assessment_is_read_by_id_without_its_resume_link() {
        AssessmentState finished = finish(service.start("mini", "Lue", "en"));
        long id = directory.ids(AssessmentFilter.all(), 1).getFirst();

        StoredAssessment read = service.byId(id).orElseThrow();

        assertThat(read.teamName()).contains("Lue");
        assertThat(read.evaluation().answers().asMap()).isEqualTo(finished.answers().asMap());
        assertThat(read.evaluation().complete()).isTrue();
        assertThat(service.byId(id + 1000)).isEmpty();
    }

    @Test
    void erasure_removes_answers_and_row_and_the_snapshot_only_when_no_other_assessment_uses_it() {
        AssessmentState kept = finish(service.start("mini", "Gardée", "fr"));
        AssessmentState erased = finish(service.start("mini", "Effacée", "fr"));
        long keptId = idOf(kept);
        long erasedId = idOf(erased);
        long snapshot = snapshotOf(erasedId);

        erasure.erase(erasedId);

        assertThat(jdbc.queryForObject("select count(*) from answer where assessment_id = ?", Integer.class,
                erasedId)).isZero();
        assertThat(service.open(erased.token().value())).isEmpty();
        assertThat(service.open(kept.token().value())).hasValueSatisfying(state ->
                assertThat(state.answers().asMap()).isEqualTo(kept.answers().asMap()));
        assertThat(snapshots(snapshot)).as("still used by the kept one").isEqualTo(1);

        erasure.erase(keptId);
        erasure.erase(keptId);

        assertThat(snapshots(snapshot)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_snapshot_file where snapshot_id = ?",
                Integer.class, snapshot)).isZero();
        assertThat(service.start("mini", "Après", "fr").questionnaire().id()).as("a new start stores it again")
                .isEqualTo("mini");
    }

    @Test
    void progress_missing_on_older_rows_is_computed_at_start() {
        AssessmentState finished = finish(service.start("mini", "Ancienne", "fr"));
        jdbc.update("update assessment set answered_count = null, visible_count = null, complete = null");

        while (service.recordMissingProgress() > 0) {
            // batches until none is left
        }

        AssessmentSummary row = directory.page(AssessmentFilter.all(), 0, 1).getFirst();
        assertThat(row.finished()).isTrue();
        assertThat(row.answered()).isEqualTo(finished.evaluation().progress().answered());
    }

    /** Every required question answered: data (no question on code), two maintainers (no question on budget). */
    private AssessmentState finish(AssessmentState state) {
        state = saved(service.answer(state.token(), "resource_type", 0, AnswerValue.of("data")));
        state = saved(service.answer(state.token(), "funding_needs", 0, AnswerValue.of(List.of("maintenance"))));
        state = saved(service.answer(state.token(), "maintainers", 0, AnswerValue.of(2.0)));
        assertThat(state.evaluation().complete()).isTrue();
        return state;
    }

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }

    private long idOf(AssessmentState state) {
        return jdbc.queryForObject("select id from assessment where token_hash = ?", Long.class, state.token().hash());
    }

    private long snapshotOf(long id) {
        return jdbc.queryForObject("select snapshot_id from assessment where id = ?", Long.class, id);
    }

    private int snapshots(long id) {
        return jdbc.queryForObject("select count(*) from questionnaire_snapshot where id = ?", Integer.class, id);
    }
}
