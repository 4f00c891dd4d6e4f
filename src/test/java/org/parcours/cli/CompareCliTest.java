package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parcours compare}: members' answers files side by side, and the team's report with --agreed. */
class CompareCliTest {

    private static final String MINI = "src/test/resources/questionnaires/mini";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;
    private String a;
    private String b;
    private String c;

    @BeforeEach
    void answers() throws Exception {
        a = write("a.yaml", "resource_type: software\nmaintainers: 1\n");
        b = write("b.yaml", "resource_type: software\nmaintainers: 5\n");
        c = write("c.yaml", "resource_type: data\nmaintainers: 3\n");
    }

    private String write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prints_the_spread_and_divergence_as_json_most_divergent_first() {
        assertThat(run("compare", MINI, "--answers", a, b, c, "--format", "json", "--date", "2026-12-02")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("date").asString()).isEqualTo("2026-12-02");
        JsonNode questions = json.get("divergence").get("questions");
        // maintainers 1, 5, 3: (1 + 0.5 + 0.5) / 3; type: 2 pairs of 3 differ — equal, so questionnaire order
        assertThat(questions.get(0).get("id").asString()).isEqualTo("resource_type");
        assertThat(questions.get(0).get("index").asDouble()).isEqualTo(0.667);
        assertThat(questions.get(1).get("id").asString()).isEqualTo("maintainers");
        assertThat(questions.get(1).get("proposed").asInt()).isEqualTo(3);
        assertThat(json.get("divergence").get("members").asInt()).isEqualTo(3);
    }

    @Test
    void with_the_agreed_answers_writes_the_teams_report_with_its_divergence_section() throws Exception {
        String agreed = write("agreed.yaml", "resource_type: software\nmaintainers: 3\nfunding_needs: [none]\n");
        Path html = dir.resolve("team.html");
        assertThat(run("compare", MINI, "--answers", a, b, c, "--agreed", agreed, "--format", "html",
                "--locale", "en", "--out", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("<section id=\"divergence\">", "Where your views differ",
                "<th scope=\"col\">Agreed answer</th>");
        assertThat(err()).contains("wrote " + html);
    }

    @Test
    void writes_the_comparison_alone_as_a_workbook() throws Exception {
        Path xlsx = dir.resolve("c.xlsx");
        assertThat(run("compare", MINI, "--answers", a, b, "--format", "xlsx", "--out", xlsx.toString())).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            assertThat(book.getSheet("Divergences").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Mainteneurs");
        }
    }

    @Test
    void refuses_a_single_answers_file() {
        assertThat(run("compare", MINI, "--answers", a)).isEqualTo(2);
        assertThat(err()).isEqualTo("parcours: compare needs at least two answers files, not one\n");
    }

    @Test
    void refuses_the_same_file_twice() {
        assertThat(run("compare", MINI, "--answers", a, a)).isEqualTo(2);
        assertThat(err()).isEqualTo("parcours: " + a + " is given twice in --answers\n");
    }

    @Test
    void refuses_a_pdf_of_the_comparison_alone() {
        assertThat(run("compare", MINI, "--answers", a, b, "--format", "pdf")).isEqualTo(2);
        assertThat(err()).isEqualTo("parcours: the comparison alone is written as json | xlsx | ods | html; "
                + "pdf needs --agreed <file>\n");
    }

    @Test
    void says_which_file_holds_an_invalid_answer_and_where() throws Exception {
        String bad = write("bad.yaml", "resource_type: software\nmaintainers: 9\n");
        assertThat(run("compare", MINI, "--answers", a, bad)).isEqualTo(2);
        assertThat(err()).isEqualTo(bad + ":2:14: invalid answer to 'maintainers': "
                + "This answer must be between 1 and 5 (9).\n");
        assertThat(out.size()).isZero();
    }

    @Test
    void never_writes_over_an_answers_file() {
        assertThat(run("compare", MINI, "--answers", a, b, "--out", b)).isEqualTo(2);
        assertThat(err()).isEqualTo("parcours: --out names the answers file " + b
                + ": write the report to another file\n");
    }

    @Test
    void answers_files_run_up_to_the_next_option_and_a_stray_folder_is_refused() {
        assertThat(run("compare", "--answers", a, b)).isEqualTo(2);
        assertThat(err()).startsWith("parcours: compare needs a questionnaire folder and --answers <file> <file>...");
        err.reset();
        assertThat(run("compare", MINI, "--answers")).isEqualTo(2);
        assertThat(err()).startsWith("parcours: --answers needs at least one value");
    }
}
