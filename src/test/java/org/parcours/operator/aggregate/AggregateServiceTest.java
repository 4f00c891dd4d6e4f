package org.parcours.operator.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of a version over real saved assessments, as the engine evaluates them: four assessments show
 * nothing, five show the figures; feedback is counted per recommendation from five responses; the three files
 * read back hold the same figures and nothing hidden.
 */
@SpringBootTest(properties = {"parcours.questionnaires-dir=src/test/resources/questionnaires",
    "parcours.aggregates.threshold=5"})
class AggregateServiceTest {

    @Autowired
    private AggregateService aggregates;

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    private final List<AssessmentState> started = new java.util.ArrayList<>();

    @BeforeEach
    void empty() {
        jdbc.update("delete from recommendation_feedback");
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
    }

    @Test
    void four_assessments_show_nothing_but_their_number() throws Exception {
        for (int i = 0; i < 4; i++) finish(service.start("mini", null, "fr"));

        Aggregates figures = aggregates.compute("mini", "1.0.0", "fr");

        assertThat(figures.shown()).isFalse();
        assertThat(figures.finished()).isEmpty();
        assertThat(figures.levels()).isEmpty();
        assertThat(figures.firstOptions()).isEmpty();
        assertThat(figures.brakes()).isEmpty();
        assertThat(csv(figures)).hasSize(1);
        assertThat(json(figures).get("assessments").isNull()).isTrue();
    }

    @Test
    void five_assessments_show_completion_levels_first_options_and_brakes() throws Exception {
        for (int i = 0; i < 5; i++) finish(service.start("mini", null, "fr"));
        started.add(service.start("mini", null, "fr"));

        Aggregates figures = aggregates.compute("mini", "1.0.0", "fr");

        assertThat(figures.assessments()).isEqualTo(6);
        assertThat(figures.finished()).contains(5);
        assertThat(figures.completionPercent()).contains(83);
        for (String dimension : List.of("identify", "sustain")) {
            java.util.Map<String, Integer> expected = levels(dimension);
            Section section = figures.levels().stream().filter(s -> s.id().equals("levels." + dimension))
                    .findFirst().orElseThrow();
            assertThat(section.population()).isEqualTo(expected.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(section.cells()).allSatisfy(cell -> {
                assertThat(cell.count()).isGreaterThanOrEqualTo(5).isEqualTo(expected.get(cell.key()));
            });
            assertThat(section.others()).satisfiesAnyOf(o -> assertThat(o).isZero(),
                    o -> assertThat(o).isGreaterThanOrEqualTo(5));
        }
        assertThat(figures.brakes()).hasValueSatisfying(brakes ->
                assertThat(brakes.cells()).containsExactly(new Cell("funding_needs.maintenance",
                        "Besoins — Maintenance", 5)));
        assertThat(figures.firstOptions()).allSatisfy(section -> assertThat(section.cells())
                .allSatisfy(cell -> assertThat(cell.count()).isGreaterThanOrEqualTo(5)));
        assertThat(csv(figures)).contains("mini,1.0.0,5,completion,completion,finished,finished,5,6",
                "mini,1.0.0,5,brakes,brakes,funding_needs.maintenance,Besoins — Maintenance,5,6");
        JsonNode json = json(figures);
        assertThat(json.get("anonymity_threshold").asInt()).isEqualTo(5);
        assertThat(json.get("finished").asInt()).isEqualTo(5);
        assertThat(json.get("brakes").get("counts").get(0).get("count").asInt()).isEqualTo(5);
        SpreadSheet ods = ods(figures);
        Range sheet = ods.getSheet(0).getDataRange();
        assertThat(sheet.getNumRows()).isEqualTo(csv(figures).size());
        assertThat(sheet.getCell(0, 3).getValue()).isEqualTo("section");
    }

    @Test
    void feedback_is_shown_per_recommendation_from_five_responses_with_its_comments() {
        for (int i = 0; i < 5; i++) finish(service.start("mini", null, "fr"));
        List<Long> ids = jdbc.queryForList("select id from assessment order by id", Long.class);
        for (int i = 0; i < 5; i++) feedback(ids.get(i), "gov-association", i < 3 ? "USEFUL" : "WRONG",
                i == 0 ? "Très utile" : null);
        for (int i = 0; i < 4; i++) feedback(ids.get(i), "gov-committee", "NOT_FOR_US", "Pas pour nous");

        Aggregates figures = aggregates.compute("mini", "1.0.0", "fr");

        assertThat(figures.feedback()).singleElement().satisfies(line -> {
            assertThat(line.recommendationId()).isEqualTo("gov-association");
            assertThat(line.title()).isEqualTo("Association");
            assertThat(line.useful()).isEqualTo(3);
            assertThat(line.wrong()).isEqualTo(2);
            assertThat(line.comments()).containsExactly("Très utile");
        });
        assertThat(figures.feedbackOthers()).as("4 responses on the committee: under k, left out").isZero();
    }

    private void feedback(long assessment, String recommendation, String verdict, String comment) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into recommendation_feedback (assessment_id, questionnaire_id, questionnaire_version, "
                + "recommendation_id, verdict, comment, created_at, updated_at) values (?, 'mini', '1.0.0', ?, ?, ?, "
                + "?, ?)", assessment, recommendation, verdict, comment, now, now);
    }

    private void finish(AssessmentState state) {
        state = saved(service.answer(state.token(), "resource_type", 0, AnswerValue.of("data")));
        state = saved(service.answer(state.token(), "funding_needs", 0, AnswerValue.of(List.of("maintenance"))));
        state = saved(service.answer(state.token(), "maintainers", 0, AnswerValue.of(2.0)));
        assertThat(state.evaluation().complete()).isTrue();
        started.add(state);
    }

    /** The levels the engine gave the assessments of this test, counted by the test itself. */
    private java.util.Map<String, Integer> levels(String dimension) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        started.forEach(state -> state.evaluation().score(dimension).band().ifPresent(band ->
                counts.merge(band.level(), 1, Integer::sum)));
        return counts;
    }

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }

    private static List<String> csv(Aggregates figures) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AggregateFiles.csv(figures, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFquestionnaire,version,threshold_k,");
        return text.substring(1).lines().toList();
    }

    private static JsonNode json(Aggregates figures) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AggregateFiles.json(figures, out);
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    private static SpreadSheet ods(Aggregates figures) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AggregateFiles.ods(figures, out);
        return new SpreadSheet(new ByteArrayInputStream(out.toByteArray()));
    }
}
