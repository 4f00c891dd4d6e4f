package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final String MINI = "src/test/resources/questionnaires/mini";
    /** The mini fixture's fund has no checked_on, on purpose: a warning that does not depend on today's date. */
    private static final String WARNING = MINI + "/catalogue.yaml:31:5: warning: funding recommendation "
            + "'fund-low-score' has no checked_on: add checked_on: \"YYYY-MM-DD\", the day its facts were last "
            + "checked at their sources";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void handles_only_its_commands() {
        assertThat(Cli.handles(new String[] {"validate"})).isTrue();
        assertThat(Cli.handles(new String[] {})).isFalse();
        assertThat(Cli.handles(new String[] {"--server.port=8081"})).isFalse();
    }

    @Test
    void validate_prints_its_warnings_then_a_summary_and_passes_when_nothing_is_wrong() {
        assertThat(run("validate", MINI)).isZero();
        assertThat(out()).isEqualTo(WARNING + "\nok " + MINI + ": mini 1.0.0, 2 phases, 6 questions, 3 dimensions, "
                + "5 recommendations, 2 tests, 1 warning\n");
    }

    @Test
    void validate_strict_fails_on_a_warning() {
        assertThat(run("validate", "--strict", MINI)).isEqualTo(1);
        assertThat(out()).startsWith(WARNING + "\n");
    }

    @Test
    void validate_refuses_a_content_test_answer_the_engine_refuses_at_its_place(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("mini");
        Files.createDirectories(folder);
        for (Path p : Files.list(Path.of(MINI)).toList()) {
            Files.writeString(folder.resolve(p.getFileName()), Files.readString(p)
                    .replace("{resource_type: software,", "{resource_type: sofware,")
                    .replace("maintainers: 5,", "maintainers: 7,"));
        }
        assertThat(run("validate", folder.toString())).isEqualTo(1);
        assertThat(out().lines()).containsExactly(
                WARNING.replace(MINI, folder.toString()),
                folder + "/tests.yaml:3:30: invalid answer to 'resource_type': "
                        + "\"sofware\" is not one of the choices of this question.",
                folder + "/tests.yaml:3:71: invalid answer to 'maintainers': This answer must be between 1 and 5 (7).");
    }

    @Test
    void validate_prints_every_problem_with_its_place(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("mini");
        Files.createDirectories(folder);
        for (Path p : Files.list(Path.of(MINI)).toList()) {
            Files.writeString(folder.resolve(p.getFileName()), Files.readString(p)
                    .replace("max_length: 50", "max_lenght: 50").replace("id: mini", "id: maxi"));
        }
        assertThat(run("validate", folder.toString())).isEqualTo(1);
        assertThat(out().lines()).contains(
                folder + "/questionnaire.yaml:1:5: id 'maxi' must equal the folder name 'mini': rename one of them",
                folder + "/questionnaire.yaml:74:9: unknown key 'max_lenght' in question (did you mean 'max_length'?)");
    }

    @Test
    void test_ends_with_the_coverage_of_the_catalogue_and_the_counts() {
        assertThat(run("test", MINI)).isZero();
        assertThat(out().lines().toList()).endsWith(
                "coverage: 4 of 5 recommendations named by a test (80 %)", "2 passed, 0 failed");
    }

    @Test
    void report_writes_json(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "questionnaire: mini\nlocale: en\nresource_type: software\nmaintainers: 4\n");
        Path report = dir.resolve("report.json");
        assertThat(run("report", MINI, "--answers", answers.toString(), "--format", "json", "--out",
                report.toString())).isZero();
        assertThat(Files.readString(report)).contains("\"locale\" : \"en\"", "\"id\" : \"gov-committee\"",
                "\"because\" : [ \"Several maintainers\" ]");
    }

    @Test
    void report_refuses_an_invalid_answer_naming_the_question(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.json");
        Files.writeString(answers, "{\"maintainers\": 9}");
        assertThat(run("report", MINI, "--answers", answers.toString(), "--format", "json")).isEqualTo(2);
        assertThat(err()).contains("invalid answer to 'maintainers': This answer must be between 1 and 5 (9).");
    }

    @Test
    void report_writes_every_format_for_a_named_team(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "maintainers: 3\n");
        for (String format : new String[] {"xlsx", "pdf", "html", "json"}) {
            Path file = dir.resolve("report." + format);
            assertThat(run("report", MINI, "--answers", answers.toString(), "--format", format, "--team",
                    "Mairie", "--date", "2026-11-21", "--out", file.toString())).as(format).isZero();
            assertThat(Files.size(file)).as(format).isPositive();
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Mairie");
        assertThat(new String(Files.readAllBytes(dir.resolve("report.pdf")), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void report_refuses_an_unknown_format_or_date(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "maintainers: 3\n");
        assertThat(run("report", MINI, "--answers", answers.toString(), "--format", "docx")).isEqualTo(2);
        assertThat(run("report", MINI, "--answers", answers.toString(), "--date", "21/11/2026")).isEqualTo(2);
        assertThat(err()).contains("unknown format 'docx'", "--date expects YYYY-MM-DD");
    }
}
