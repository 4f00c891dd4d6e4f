package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final String MINI = "src/test/resources/questionnaires/mini";
    /** The mini fixture's fund has no checked_on, on purpose: a warning that does not depend on today's date. */
    private static final String WARNING = MINI + "/catalogue.yaml:31:5: warning: funding recommendation "
            + "'fund-low-score' has no checked_on: add checked_on: \"YYYY-MM-DD\", the day its facts were last "
            + "checked at their sources";
    /** Its first content test leaves 'budget' unanswered without saying so: a warning too. */
    private static final String INCOMPLETE = MINI + "/tests.yaml:2:1: warning: content test 'software team with "
            + "many maintainers' leaves visible required questions without a valid answer: budget; its report says "
            + "the diagnostic is incomplete: answer them as this team would, or write complete: false in its expect "
            + "if it means to be";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A copy of the mini fixture, each file's text edited, in {@code dir/mini}. */
    private static Path miniCopy(Path dir, UnaryOperator<String> edit) throws IOException {
        Path folder = dir.resolve("mini");
        Files.createDirectories(folder);
        for (Path p : Files.list(Path.of(MINI)).toList()) {
            Files.writeString(folder.resolve(p.getFileName()), edit.apply(Files.readString(p)));
        }
        return folder;
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
    void report_says_when_the_assessment_is_incomplete_and_which_required_questions_are_missing(@TempDir Path dir)
            throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), "resource_type: data\n");
        assertThat(run("report", MINI, "--answers", answers.toString(), "--format", "json",
                "--out", dir.resolve("r.json").toString())).isZero();
        assertThat(err()).contains("incomplete: 2 required question(s) without a valid answer: funding_needs, maintainers");
    }

    @Test
    void validate_prints_its_warnings_then_a_summary_and_passes_when_nothing_is_wrong() {
        assertThat(run("validate", MINI)).isZero();
        assertThat(out()).isEqualTo(WARNING + "\n" + INCOMPLETE + "\nok " + MINI + ": mini 1.0.0, 2 phases, "
                + "6 questions, 3 dimensions, 5 recommendations, 2 tests, 2 warnings\n");
    }

    @Test
    void validate_does_not_warn_about_a_content_test_that_says_it_is_incomplete(@TempDir Path dir) throws Exception {
        Path folder = miniCopy(dir, text -> text
                .replace("      visible: [code_public, budget]\n", "      visible: [code_public, budget]\n"
                        + "      complete: false\n"));
        assertThat(run("validate", "--strict", folder.toString())).isEqualTo(1);
        assertThat(out()).doesNotContain("content test").endsWith("2 tests, 1 warning\n");
        assertThat(run("test", folder.toString())).isZero();
    }

    @Test
    void validate_strict_fails_on_a_warning() {
        assertThat(run("validate", "--strict", MINI)).isEqualTo(1);
        assertThat(out()).startsWith(WARNING + "\n");
    }

    @Test
    void validate_refuses_a_content_test_answer_the_engine_refuses_at_its_place(@TempDir Path dir) throws Exception {
        Path folder = miniCopy(dir, text -> text
                .replace("{resource_type: software,", "{resource_type: sofware,")
                .replace("maintainers: 5,", "maintainers: 7,"));
        assertThat(run("validate", folder.toString())).isEqualTo(1);
        assertThat(out().lines()).containsExactly(
                WARNING.replace(MINI, folder.toString()),
                folder + "/tests.yaml:3:30: invalid answer to 'resource_type': "
                        + "\"sofware\" is not one of the choices of this question.",
                folder + "/tests.yaml:3:71: invalid answer to 'maintainers': This answer must be between 1 and 5 (7).");
    }

    @Test
    void validate_runs_every_expression_on_the_content_tests_and_names_the_one_that_outgrows_its_budget(
            @TempDir Path dir) throws Exception {
        String costly = "[" + "1,".repeat(59) + "1].exists(a, [" + "2,".repeat(199) + "2].exists(b, a == b))";
        Path folder = miniCopy(dir, text -> text
                .replace("when: \"resource_type != ''\"", "when: \"" + costly + "\""));
        assertThat(run("validate", folder.toString())).isEqualTo(1);
        assertThat(out()).contains(folder + "/catalogue.yaml:39:11: expression \"[1,1,")
                .contains("stops for outgrowing its budget, and counts as false, with the answers of test");
    }

    @Test
    void validate_prints_every_problem_with_its_place(@TempDir Path dir) throws Exception {
        Path folder = miniCopy(dir, text -> text
                .replace("max_length: 50", "max_lenght: 50").replace("id: mini", "id: maxi"));
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

    @Test
    void a_report_that_fails_halfway_leaves_the_previous_file_whole_and_no_temporary_file(@TempDir Path dir)
            throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "maintainers: 3\n");
        Path report = dir.resolve("report.pdf");
        Files.writeString(report, "last week's report");
        ReportCommand failing = new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (r, format, stream) -> {
                    stream.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
                    throw new IllegalStateException("broken");
                });

        assertThat(failing.run(java.util.List.of(MINI, "--answers", answers.toString(), "--format", "pdf", "--out",
                report.toString()))).isEqualTo(1);

        assertThat(Files.readString(report)).isEqualTo("last week's report");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("answers.yaml",
                    "report.pdf");
        }
        assertThat(err().lines().filter(line -> !line.startsWith("incomplete: "))).singleElement().asString().startsWith("parcours: ").contains("pdf", "nothing written");
    }

    @Test
    void an_invalid_answer_names_its_file_line_and_column(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "resource_type: software\nmaintainers: 9\n");

        assertThat(run("report", MINI, "--answers", answers.toString())).isEqualTo(2);

        assertThat(err()).isEqualTo(answers + ":2:14: invalid answer to 'maintainers': "
                + "This answer must be between 1 and 5 (9).\n");
    }

    @Test
    void a_missing_answers_file_says_so_in_one_line(@TempDir Path dir) {
        Path answers = dir.resolve("no-such-answers.yaml");

        assertThat(run("report", MINI, "--answers", answers.toString())).isEqualTo(2);

        assertThat(err()).isEqualTo("parcours: " + answers + ": no such file\n");
    }

    @Test
    void an_answers_file_that_is_not_utf8_says_so_in_one_line(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.write(answers, "vision: \"\u00e9t\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("report", MINI, "--answers", answers.toString())).isEqualTo(2);

        assertThat(err()).isEqualTo("parcours: " + answers + " is not UTF-8 text: save it as UTF-8\n");
    }

    @Test
    void a_report_over_its_own_answers_file_is_refused_and_the_answers_kept(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "maintainers: 3\n");
        Files.createSymbolicLink(dir.resolve("alias.yaml"), answers);

        for (String out : new String[] {answers.toString(), dir + "/./answers.yaml", dir + "/alias.yaml"}) {
            assertThat(run("report", MINI, "--answers", answers.toString(), "--out", out)).as(out).isEqualTo(2);
        }

        assertThat(Files.readString(answers)).isEqualTo("maintainers: 3\n");
        assertThat(err().lines()).hasSize(3).allMatch(line -> line.startsWith("parcours: --out names the answers file"));
    }

    @Test
    void a_report_into_a_missing_folder_says_so_in_one_line(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "maintainers: 3\n");

        assertThat(run("report", MINI, "--answers", answers.toString(), "--out", dir + "/missing/report.json"))
                .isEqualTo(2);

        assertThat(err()).isEqualTo("parcours: cannot write " + dir + "/missing/report.json: no such folder\n");
    }

    @Test
    void the_problem_list_stops_after_200_and_says_how_many_more(@TempDir Path dir) throws Exception {
        Path folder = copyOfMini(dir);
        StringBuilder unknown = new StringBuilder();
        for (int i = 1; i <= 250; i++) unknown.append("unknown_").append(i).append(": x\n");
        Files.writeString(folder.resolve("zz-extra.yaml"), unknown);

        assertThat(run("validate", folder.toString())).isEqualTo(1);

        assertThat(out().lines()).hasSize(201).last().isEqualTo("… and 50 more");
        assertThat(err()).isEqualTo(folder + ": 250 problems\n");
    }

    @Test
    void a_questionnaire_folder_over_8_mib_is_refused_before_it_is_read(@TempDir Path dir) throws Exception {
        Path folder = copyOfMini(dir);
        String comments = ("# " + "x".repeat(1021) + "\n").repeat(1000);
        for (int i = 0; i < 9; i++) Files.writeString(folder.resolve("padding-" + i + ".yaml"), comments);

        assertThat(run("validate", folder.toString())).isEqualTo(1);

        assertThat(out()).startsWith(folder + ":1:1: the .yaml files of this folder total 9");
        assertThat(out().lines()).hasSize(1);
    }

    @Test
    void a_symbolic_link_in_a_questionnaire_folder_is_refused_and_not_followed(@TempDir Path dir) throws Exception {
        Path folder = copyOfMini(dir);
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "stolen_secret: 42\n");
        Files.createSymbolicLink(folder.resolve("extra.yaml"), secret);

        assertThat(run("validate", folder.toString())).isEqualTo(1);

        assertThat(out()).isEqualTo(folder + "/extra.yaml:1:1: is a symbolic link: a questionnaire folder holds its "
                + "files themselves, so copy the file here instead\n");
    }

    @Test
    void an_unknown_option_is_refused_in_one_line(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "maintainers: 3\n");

        assertThat(run("report", MINI, "--answers", answers.toString(), "--bogus", "1")).isEqualTo(2);
        assertThat(run("validate", "--lenient", MINI)).isEqualTo(2);

        assertThat(err().lines()).containsExactly(
                "parcours: unknown option '--bogus'; report takes --answers, --locale, --format, --edition, --out, --team, --date, --previous",
                "parcours: unknown option '--lenient'; usage: parcours validate [--strict] <questionnaire-dir>...");
    }

    @Test
    void an_unknown_command_is_refused_and_does_not_start_the_web_server() {
        assertThat(Cli.handles(new String[] {"diff", "a.yaml", "b.yaml"})).isTrue();

        assertThat(run("diff", "a.yaml", "b.yaml")).isEqualTo(2);

        assertThat(err()).isEqualTo("parcours: unknown command 'diff'; commands: validate, test, report, compare, admin\n");
    }

    @Test
    void a_command_without_its_arguments_answers_in_one_line() {
        assertThat(run("report")).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("test")).isEqualTo(2);

        assertThat(err().lines()).hasSize(3).allMatch(line -> line.startsWith("parcours: ") && line.contains("usage: "));
    }

    @Test
    void an_internal_error_is_one_line_with_exit_1_and_its_detail_only_with_debug() {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(Cli.guarded(() -> {
            throw new IllegalStateException("unexpected");
        }, errors, false)).isEqualTo(1);
        assertThat(err()).isEqualTo("parcours: internal error (java.lang.IllegalStateException: unexpected); "
                + "run again with --debug for the details\n");

        err.reset();
        assertThat(Cli.guarded(() -> {
            throw new IllegalStateException("unexpected");
        }, errors, true)).isEqualTo(1);
        assertThat(err().lines().toList()).first().asString().startsWith("parcours: internal error");
        assertThat(err()).contains("\tat org.parcours.cli.CliTest");
    }

    private static Path copyOfMini(Path dir) throws Exception {
        Path folder = dir.resolve("mini");
        Files.createDirectories(folder);
        try (var files = Files.list(Path.of(MINI))) {
            for (Path p : files.toList()) Files.copy(p, folder.resolve(p.getFileName()));
        }
        return folder;
    }
}
