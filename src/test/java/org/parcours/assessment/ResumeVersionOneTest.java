package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An assessment started on the digital-commons questionnaire 1.0.0 (its text is kept under
 * {@code src/test/resources/questionnaires-1.0.0}) still opens, resumes and renders its report in every format once
 * the server serves the current {@code questionnaires/}, whatever version that is: the assessment keeps the text it
 * was started on, and the engine and the report read a questionnaire without the keys of format 2.0. Nothing here
 * names an id of the current content, so the test holds before and after 2.0.0 ships.
 */
class ResumeVersionOneTest {

    private static final Path VERSION_ONE = Path.of("src/test/resources/questionnaires-1.0.0");
    private static final String ID = "communs-numeriques";

    @TempDir
    Path data;

    @Test
    void an_assessment_started_on_version_1_0_0_resumes_and_renders_its_report_against_the_current_questionnaires()
            throws Exception {
        resumesAndRenders(Path.of("questionnaires"));
    }

    /** The same against a 2.0.0 that uses the new keys, whether or not the shipped content has moved yet. */
    @Test
    void an_assessment_started_on_version_1_0_0_resumes_and_renders_its_report_after_a_2_0_0_with_components(
            @TempDir Path questionnaires) throws Exception {
        Path folder = Files.createDirectories(questionnaires.resolve(ID));
        try (Stream<Path> files = Files.list(VERSION_ONE.resolve(ID))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file).replace("version: 1.0.0", "version: 2.0.0");
                if (file.getFileName().toString().equals("catalogue.yaml")) {
                    text += "components:\n  - {id: software, title: {fr: Code, en: Code}, "
                            + "if: \"resource_type == 'software'\"}\n";
                }
                Files.writeString(folder.resolve(file.getFileName()), text);
            }
        }
        assertThat(QuestionnaireLoader.load(folder).components()).hasSize(1);
        resumesAndRenders(questionnaires);
    }

    private void resumesAndRenders(Path current) throws Exception {
        Questionnaire v1 = QuestionnaireLoader.load(VERSION_ONE.resolve(ID));
        assertThat(v1.version()).isEqualTo("1.0.0");
        ContentTest test = v1.tests().getFirst();
        Answers given = Answers.fromRaw(v1, test.answers()).answers();
        String token;
        try (ConfigurableApplicationContext first = start(VERSION_ONE)) {
            AssessmentService service = first.getBean(AssessmentService.class);
            AssessmentState state = service.start(ID, "Commune", "fr");
            assertThat(state.questionnaire().contentHash()).isEqualTo(v1.contentHash());
            for (Map.Entry<String, AnswerValue> answer : given.asMap().entrySet()) {
                state = ((SaveOutcome.Saved) service.answer(state.token(), answer.getKey(),
                        state.versionOf(answer.getKey()), answer.getValue())).state();
            }
            String lastPhase = v1.phases().getLast().id();
            service.moveTo(state.token(), lastPhase, 1);
            token = state.token().value();
        }

        try (ConfigurableApplicationContext second = start(current)) {
            AssessmentService service = second.getBean(AssessmentService.class);
            AssessmentState resumed = service.open(token).orElseThrow();

            assertThat(resumed.questionnaire().version()).isEqualTo("1.0.0");
            assertThat(resumed.questionnaire().contentHash()).isEqualTo(v1.contentHash());
            assertThat(resumed.questionnaire().components()).isEmpty();
            assertThat(resumed.answers().asMap()).isEqualTo(given.asMap());
            assertThat(resumed.currentPhase()).contains(v1.phases().getLast().id());
            assertThat(resumed.evaluation().recommendations()).isNotEmpty();
            assertThat(resumed.evaluation().excluded()).isEmpty();
            for (String locale : v1.locales()) {
                Report report = ReportBuilder.build(resumed.evaluation(), locale,
                        ReportContext.on(LocalDate.of(2026, 12, 2)).withTeam("Commune"));
                assertThat(report.questionnaireVersion()).isEqualTo("1.0.0");
                for (ExportFormat format : ExportFormat.values()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ReportExporter.write(report, format, out);
                    assertThat(out.size()).as("%s in %s", format, locale).isPositive();
                    if (format == ExportFormat.JSON) {
                        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"version\" : \"1.0.0\"");
                    }
                }
            }
            assertThat(service.start(ID, null, "fr").questionnaire().contentHash())
                    .as("a new assessment starts on the current questionnaire")
                    .isEqualTo(QuestionnaireLoader.load(current.resolve(ID)).contentHash());
        }
    }

    private ConfigurableApplicationContext start(Path questionnaires) {
        return new SpringApplicationBuilder(Application.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("parcours")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--parcours.questionnaires-dir=" + questionnaires, "--server.port=0");
    }
}
