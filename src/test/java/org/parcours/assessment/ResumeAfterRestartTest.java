package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.parcours.engine.AnswerValue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server restarted on the same database (a new application context, as after a crash) resumes an assessment
 * exactly, even after the questionnaire folder moved to a new version in between.
 */
class ResumeAfterRestartTest {

    @TempDir
    Path data;

    @TempDir
    Path questionnaires;

    @Test
    void a_new_server_on_the_same_database_resumes_the_assessment_against_the_version_it_was_started_on() throws IOException {
        copyMiniQuestionnaire();
        String token;
        try (ConfigurableApplicationContext first = start()) {
            AssessmentService service = first.getBean(AssessmentService.class);
            AssessmentState state = service.start("mini", "Bibliothèque", "fr");
            state = ((SaveOutcome.Saved) service.answer(state.token(), "resource_type", state.versionOf("resource_type"),
                    AnswerValue.of("data"))).state();
            service.moveTo(state.token(), "sustain", 1);
            token = state.token().value();
        }
        publishVersion2WithANewLabel();

        try (ConfigurableApplicationContext second = start()) {
            AssessmentService service = second.getBean(AssessmentService.class);
            AssessmentState resumed = service.open(token).orElseThrow();

            assertThat(resumed.answers().get("resource_type")).contains(AnswerValue.of("data"));
            assertThat(resumed.currentPhase()).contains("sustain");
            assertThat(resumed.teamName()).contains("Bibliothèque");
            assertThat(resumed.questionnaire().version()).isEqualTo("1.0.0");
            assertThat(resumed.questionnaire().question("resource_type").orElseThrow().label().in("fr"))
                    .isEqualTo("Type");
            assertThat(service.start("mini", null, "fr").questionnaire().version()).isEqualTo("1.1.0");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("parcours")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--parcours.questionnaires-dir=" + questionnaires, "--server.port=0");
    }

    private void copyMiniQuestionnaire() throws IOException {
        Path source = Path.of("src/test/resources/questionnaires/mini");
        Path target = Files.createDirectories(questionnaires.resolve("mini"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    private void publishVersion2WithANewLabel() throws IOException {
        Path file = questionnaires.resolve("mini/questionnaire.yaml");
        String text = Files.readString(file)
                .replace("version: 1.0.0", "version: 1.1.0")
                .replace("label: {fr: Type, en: Type}", "label: {fr: Type de ressource, en: Resource type}");
        Files.writeString(file, text);
    }
}
