package org.parcours.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Application;
import org.parcours.engine.AnswerValue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server killed with SIGKILL right after saying "saved" loses nothing: a new server on the same H2 file finds
 * every answer. The first server runs in a child JVM so that it can really be killed.
 */
class KilledServerTest {

    private static final String SAVED = "SAVED ";

    @TempDir
    Path data;

    @Test
    void every_answer_saved_before_the_server_is_killed_is_there_after_a_restart() throws Exception {
        Process server = new ProcessBuilder(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                ServerThatWillBeKilled.class.getName(), url()))
                .redirectErrorStream(true).start();
        String token;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            token = out.lines().filter(line -> line.startsWith(SAVED)).findFirst()
                    .map(line -> line.substring(SAVED.length())).orElseThrow();
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ConfigurableApplicationContext restarted = start(url())) {
            AssessmentState resumed = restarted.getBean(AssessmentService.class).open(token).orElseThrow();
            assertThat(resumed.answers().asMap()).containsEntry("resource_type", AnswerValue.of("data"))
                    .containsEntry("maintainers", AnswerValue.of(4.0))
                    .containsEntry("vision", AnswerValue.text("Dernière réponse avant l'arrêt brutal"));
        }
    }

    private String url() {
        return "jdbc:h2:file:" + data.resolve("parcours")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + url,
                "--parcours.questionnaires-dir=src/test/resources/questionnaires", "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The server to kill: saves answers, says so, then waits to be killed. */
    static final class ServerThatWillBeKilled {

        public static void main(String[] args) throws IOException, InterruptedException {
            ConfigurableApplicationContext context = start(args[0]);
            AssessmentService service = context.getBean(AssessmentService.class);
            AssessmentState state = service.start("mini", null, "fr");
            state = saved(service.answer(state.token(), "resource_type", state.versionOf("resource_type"), AnswerValue.of("data")));
            state = saved(service.answer(state.token(), "maintainers", state.versionOf("maintainers"), AnswerValue.of(4.0)));
            saved(service.answer(state.token(), "vision", state.versionOf("vision"),
                    AnswerValue.text("Dernière réponse avant l'arrêt brutal")));
            System.out.println(SAVED + state.token().value());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }

        private static AssessmentState saved(SaveOutcome outcome) {
            return ((SaveOutcome.Saved) outcome).state();
        }
    }
}
