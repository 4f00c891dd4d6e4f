package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.export.html.HtmlReport;
import org.parcours.export.html.ScreenExtras;
import org.parcours.export.json.JsonWriter;
import org.parcours.report.ProgressInput;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.report.Rounds;
import org.parcours.report.svg.ProgressChart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** « Votre progression » and the targets in every format, for the mini fixture's second round. */
class ProgressExportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/history");
    private static final Map<String, String> TARGETS = Map.of("identify", "established", "sustain", "solid");

    private static Report second(String locale) {
        return Rounds.second(locale, Set.of("fund-low-score"), TARGETS);
    }

    private static String section(String html) {
        String section = html.substring(html.indexOf("<section id=\"progress\">"));
        return section.substring(0, section.indexOf("</section>"));
    }

    @Test
    void the_html_shows_the_rounds_the_chart_the_levels_and_the_changes() {
        String html = HtmlReport.render(second("fr"), HtmlReport.Variant.HTML);
        String section = section(html);

        assertThat(html).contains("<a href=\"#progress\">Votre progression</a>");
        assertThat(section).contains("<h2>Votre progression</h2>",
                "<th scope=\"col\">Tour 1 (20 mai 2026)</th>", "<th scope=\"col\">Tour 2 (21 novembre 2026)</th>",
                "<th scope=\"row\">Identifier</th>", "<td>50\u202F%</td>", "<td>100\u202F%</td>",
                "<td class=\"trend-gained\">+1 niveau : En cours → Établi</td>",
                "<strong>Nouvelles recommandations\u00A0: </strong><a href=\"#rec-gov-committee\">Comité</a> · ",
                "<strong>Recommandations qui ne vous sont plus faites\u00A0: </strong>Financer</p>",
                "<strong>Actions faites depuis le dernier tour\u00A0: </strong>Financer</p>");
        assertThat(section).contains("<svg", "role=\"img\"", "<figcaption>Identifier\u00A0: Tour 1\u00A0: 50\u202F%");
    }

    @Test
    void the_screen_shows_the_section_and_the_synthesis_the_gap_to_each_target() {
        Report report = second("en");
        assertThat(HtmlReport.screenRest(report, ScreenExtras.NONE)).contains("<section id=\"progress\">",
                "<h2>Your progress</h2>");
        assertThat(HtmlReport.screenSummary(report, ScreenExtras.NONE)).contains(
                "Identify: 100% — Established · target Established: reached");
        Report behind = ReportBuilder.build(Rounds.first().evaluation(), "en", ReportContext.on(Rounds.SECOND)
                .withProgress(ProgressInput.NONE.withTargets(Map.of("identify", "established"))));
        assertThat(HtmlReport.screenSummary(behind, ScreenExtras.NONE)).contains(
                "Identify: 50% — Developing · target Established: +1 level</li>",
                "Sustain: 0% — Fragile</li>");
    }

    @Test
    void a_report_without_an_earlier_round_has_no_progression_in_any_format() throws IOException {
        Report first = Reports.mini("en", "t", "v");
        assertThat(HtmlReport.render(first, HtmlReport.Variant.HTML)).doesNotContain("id=\"progress\"");
        assertThat(JsonMapper.builder().build().readTree(JsonWriter.write(first)).has("history")).isFalse();
        assertThat(JsonMapper.builder().build().readTree(JsonWriter.write(first)).get("summary").has("targets"))
                .isFalse();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Reports.bytes(first, ExportFormat.XLSX)))) {
            assertThat(book.getSheet("Progress")).isNull();
        }
    }

    @Test
    void the_chart_draws_a_bar_per_round_labelled_with_its_round_and_percent() {
        ProgressChart chart = ProgressChart.of(second("en"));
        // identify: round 1 at 50 % of a 300-wide bar starting at x = 200, round 2 full
        assertThat(chart.svg()).contains("width=\"150.0\" height=\"14.0\" fill=\"#5f6b76\"",
                "width=\"300.0\" height=\"14.0\" fill=\"#1f5f8b\"", ">Round 1 · 50%</text>", ">Round 2 · 100%</text>");
        assertThat(chart.textAlternative()).startsWith(
                "Identify: Round 1: 50%, Round 2: 100% (+1 level: Developing → Established).");
    }

    @Test
    void the_pdf_has_a_bookmark_for_the_section() {
        assertThat(HtmlReport.render(second("en"), HtmlReport.Variant.PDF))
                .contains("<bookmark name=\"Your progress\" href=\"#progress\">");
        assertThat(Reports.bytes(second("en"), ExportFormat.PDF)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void the_workbook_has_a_progress_sheet_and_the_summary_the_targets() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Reports.bytes(second("en"),
                ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheet("Progress");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Round 1");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Identify");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("+1 level: Developing → Established");
            assertThat(XlsxExportTest.find(sheet, "Actions done since the last round")).isNotNull();
            int appeared = XlsxExportTest.find(sheet, "New recommendations").getRowIndex() + 1;
            assertThat(sheet.getRow(appeared).getCell(0).getStringCellValue()).as("a title first")
                    .isNotBlank().doesNotContain("-");
            assertThat(sheet.getRow(appeared).getCell(3).getStringCellValue()).as("its id last").contains("-");
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Target");
            assertThat(summary.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Established");
            assertThat(summary.getRow(1).getCell(5).getStringCellValue()).isEqualTo("reached");
        }
    }

    @Test
    void the_ods_holds_the_same_sheet() throws IOException {
        SpreadSheet ods = new SpreadSheet(new ByteArrayInputStream(Reports.bytes(second("fr"), ExportFormat.ODS)));
        assertThat(ods.getSheets()).extracting(Sheet::getName).containsSubsequence("Synthèse", "Progression");
        Sheet sheet = ods.getSheet("Progression");
        assertThat(sheet.getRange(0, 1).getValue()).isEqualTo("Tour 1");
        assertThat(sheet.getRange(1, 0).getValue()).isEqualTo("Identifier");
        assertThat(sheet.getRange(1, 1).getValue()).isEqualTo(50.0);
    }

    @Test
    void the_json_history_matches_its_golden_file() throws IOException {
        for (String locale : new String[] {"fr", "en"}) {
            String json = JsonWriter.write(second(locale));
            Path file = GOLDEN.resolve("mini-second-round." + locale + ".json");
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, json, StandardCharsets.UTF_8);
            }
            assertThat(json).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        JsonNode history = JsonMapper.builder().build().readTree(JsonWriter.write(second("en"))).get("history");
        assertThat(history.get("phases").get("identify").get("percent").toString()).isEqualTo("[50.0,100.0]");
        assertThat(history.get("phases").get("identify").get("trend").asString()).isEqualTo("gained");
        assertThat(history.get("actionsDone").toString()).isEqualTo("[\"fund-low-score\"]");
    }
}
