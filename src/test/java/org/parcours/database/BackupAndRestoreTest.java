package org.parcours.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The H2 backup and restore of docs/operations.md, done for real: Parcours saves a diagnostic and stops, the
 * Script tool backs the file up, RunScript restores it into a fresh folder, and Parcours started on the restored
 * file finds the diagnostic whole. The tools run in child JVMs with the arguments the documentation gives.
 */
class BackupAndRestoreTest {

    @TempDir
    Path dir;

    @Test
    void a_diagnostic_backed_up_and_restored_into_a_fresh_file_is_found_whole() throws Exception {
        H2File original = new H2File(dir.resolve("data").resolve("parcours"));
        String token;
        try (ConfigurableApplicationContext parcours = start(original)) {
            AssessmentService service = parcours.getBean(AssessmentService.class);
            AssessmentState state = service.start("mini", "Médiathèque de Brest", "fr");
            state = ((SaveOutcome.Saved) service.answer(state.token(), "maintainers", state.versionOf("maintainers"),
                    AnswerValue.of(4.0))).state();
            token = state.token().value();
        }
        String script = dir.resolve("backup.sql").toString();

        run(H2Commands.BACKUP_TOOL, H2Commands.backupArguments(original, script));
        H2File restored = new H2File(dir.resolve("restored").resolve("parcours"));
        run(H2Commands.RESTORE_TOOL, H2Commands.restoreArguments(restored, script));

        assertThat(Files.size(restored.dataFile())).isPositive();
        try (ConfigurableApplicationContext parcours = start(restored)) {
            AssessmentState found = parcours.getBean(AssessmentService.class).open(token).orElseThrow();
            assertThat(found.teamName()).contains("Médiathèque de Brest");
            assertThat(found.answers().get("maintainers")).contains(AnswerValue.of(4.0));
        }
    }

    private static ConfigurableApplicationContext start(H2File database) {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + database.base() + H2Commands.SETTINGS,
                "--parcours.questionnaires-dir=src/test/resources/questionnaires", "--server.port=0");
    }

    private static void run(String tool, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), tool));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(tool + " ends").isTrue();
        assertThat(process.exitValue()).as(tool).isZero();
    }
}
