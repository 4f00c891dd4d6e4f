package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Answers;
import org.parcours.engine.Comparison;
import org.parcours.engine.Engine;
import org.parcours.engine.Scenario;
import org.parcours.export.html.HtmlReport;
import org.parcours.export.json.JsonWriter;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.report.ComparisonReport;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.report.ReportSection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** « Là où vos regards divergent » in every format: the team's report and the comparison alone. */
class DivergenceExportTest {

    private static final Questionnaire MINI = Scenario.load("mini").questionnaire();

    /** Two members split on the resource's type (index 1), all three agree on the number of maintainers. */
    private static Comparison comparison() {
        Answers a = Answers.of(Map.of("resource_type", AnswerValue.of("software"), "maintainers", AnswerValue.of(2)));
        Answers b = Answers.of(Map.of("resource_type", AnswerValue.of("data"), "maintainers", AnswerValue.of(2)));
        return Engine.compare(MINI, List.of(a, b));
    }

    private static Report teamReport(String locale) {
        Answers agreed = Answers.of(Map.of("resource_type", AnswerValue.of("data"), "maintainers", AnswerValue.of(2),
                "funding_needs", AnswerValue.of(List.of("none"))));
        return ReportBuilder.build(Engine.evaluate(MINI, agreed), comparison(), locale,
                ReportContext.on(Reports.DATE).withTeam("Équipe"));
    }

    private static ComparisonReport alone(String locale) {
        return ReportBuilder.comparison(comparison(), locale, Reports.DATE);
    }

    private static byte[] bytes(ComparisonReport c, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonExporter.write(c, format, out);
        return out.toByteArray();
    }

    @Test
    void only_a_teams_report_has_the_divergence_section_after_where_the_team_stands() {
        assertThat(teamReport("fr").sections()).containsSubsequence(ReportSection.STANDING, ReportSection.DIVERGENCE,
                ReportSection.OPTIONS);
        assertThat(Reports.mini("fr", "t", "v").sections()).doesNotContain(ReportSection.DIVERGENCE);
    }

    @Test
    void the_html_lists_the_divergent_questions_with_their_spread_and_the_agreed_answer() {
        String html = HtmlReport.render(teamReport("fr"), HtmlReport.Variant.HTML);
        String section = html.substring(html.indexOf("<section id=\"divergence\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(html).contains("<a href=\"#divergence\">Là où vos regards divergent</a>");
        assertThat(section).contains("<h2>Là où vos regards divergent</h2>", "2 membres ont répondu",
                "<th scope=\"col\">Réponse retenue</th>", "Logiciel\u00A0: 1 · Données\u00A0: 1 · Je ne sais pas\u00A0: 0",
                "<td>100\u202F%</td>", "<td class=\"answer\">Données</td>");
        // the members agree on the maintainers: not a divergence
        assertThat(section).doesNotContain("Mainteneurs");
        assertThat(section).contains("<h3>Les scores de chaque membre</h3>", "min 50\u202F% · médiane 75\u202F% · max 100\u202F%");
    }

    @Test
    void the_chart_of_a_teams_report_draws_the_members_spread_and_says_it() {
        org.parcours.report.svg.PhaseChart chart = org.parcours.report.svg.PhaseChart.of(teamReport("en"));
        // identify: members at 50 and 100, median 75, on a 250-wide bar starting at x = 200
        assertThat(chart.svg()).contains("x1=\"325.0\" y1=\"26.0\" x2=\"450.0\" y2=\"26.0\"",
                "x1=\"387.5\" y1=\"18.0\" x2=\"387.5\" y2=\"34.0\"");
        assertThat(chart.textAlternative()).contains("Members' scores: min 50% · median 75% · max 100%.");
        assertThat(org.parcours.report.svg.PhaseChart.of(Reports.mini("en", "t", "v")).textAlternative())
                .doesNotContain("Members'");
    }

    @Test
    void the_pdf_is_made_from_the_same_markup_with_a_bookmark_for_the_section() {
        assertThat(HtmlReport.render(teamReport("en"), HtmlReport.Variant.PDF))
                .contains("<bookmark name=\"Where your views differ\" href=\"#divergence\">");
        assertThat(Reports.bytes(teamReport("en"), ExportFormat.PDF)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void the_workbook_has_a_divergence_sheet_most_divergent_first_and_the_member_scores() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Reports.bytes(teamReport("en"),
                ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheet("Divergences");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Question");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Type");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Data");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Maintainers");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isZero();
            XSSFSheet scores = book.getSheet("Member scores");
            assertThat(scores.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Identify");
            assertThat(scores.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(50.0);
            assertThat(scores.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(100.0);
        }
    }

    @Test
    void the_ods_holds_the_same_sheets() throws IOException {
        SpreadSheet ods = new SpreadSheet(new ByteArrayInputStream(Reports.bytes(teamReport("fr"), ExportFormat.ODS)));
        assertThat(ods.getSheets()).extracting(Sheet::getName).contains("Divergences", "Scores des membres");
        assertThat(ods.getSheet("Divergences").getRange(1, 0).getValue()).isEqualTo("Type");
    }

    @Test
    void the_json_of_a_teams_report_adds_its_divergence_with_ids_and_raw_answers() {
        JsonNode d = JsonMapper.builder().build().readTree(JsonWriter.write(teamReport("en"))).get("divergence");
        assertThat(d.get("members").asInt()).isEqualTo(2);
        JsonNode first = d.get("questions").get(0);
        assertThat(first.get("id").asString()).isEqualTo("resource_type");
        assertThat(first.get("index").asDouble()).isEqualTo(1.0);
        assertThat(first.get("counts").get("software").asInt()).isEqualTo(1);
        assertThat(first.get("proposed").asString()).isEqualTo("software");
        assertThat(first.get("agreed").asString()).isEqualTo("data");
        assertThat(first.get("range").isNull()).isTrue();
        JsonNode maintainers = d.get("questions").get(1);
        assertThat(maintainers.get("range").get("median").asDouble()).isEqualTo(2.0);
        assertThat(maintainers.get("proposed").asInt()).isEqualTo(2);
        assertThat(d.get("scores").get("identify").get("percent").get("min").asDouble()).isEqualTo(50.0);
        assertThat(JsonMapper.builder().build().readTree(JsonWriter.write(Reports.mini("en", "t", "v")))
                .has("divergence")).isFalse();
    }

    @Test
    void the_comparison_alone_shows_the_proposed_answers_in_json_html_and_workbooks() throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(bytes(alone("en"), ExportFormat.JSON));
        assertThat(json.get("questionnaire").get("id").asString()).isEqualTo("mini");
        assertThat(json.get("divergence").get("questions").get(0).has("agreed")).isFalse();
        String html = new String(bytes(alone("en"), ExportFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Your views side by side — Mini</h1>", "<th scope=\"col\">Proposed answer</th>",
                "<td class=\"answer\">Software</td>");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(alone("en"), ExportFormat.XLSX)))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Contents");
            assertThat(book.getSheet("Divergences").getRow(1).getCell(6).getStringCellValue()).isEqualTo("Software");
        }
        SpreadSheet ods = new SpreadSheet(new ByteArrayInputStream(bytes(alone("fr"), ExportFormat.ODS)));
        assertThat(ods.getSheets()).extracting(Sheet::getName)
                .containsExactly("Sommaire", "Divergences", "Scores des membres");
    }

    @Test
    void a_team_report_refuses_a_comparison_of_another_questionnaire() {
        Questionnaire other = Scenario.load("extended").questionnaire();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ReportBuilder.build(
                Engine.evaluate(other, Answers.empty()), comparison(), "fr", ReportContext.on(Reports.DATE)));
    }
}
