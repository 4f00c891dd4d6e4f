package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.report.Report;

class XlsxExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    private static XSSFWorkbook workbook(Report report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Reports.bytes(report, ExportFormat.XLSX)));
    }

    private static Cell containing(Sheet sheet, String text) {
        for (var row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) return cell;
            }
        }
        throw new AssertionError(text + " not found in " + sheet.getSheetName());
    }

    static Cell find(Sheet sheet, String text) {
        DataFormatter formatter = new DataFormatter();
        for (var row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.FORMULA && text.equals(formatter.formatCellValue(cell))) return cell;
            }
        }
        throw new AssertionError(text + " not found in " + sheet.getSheetName());
    }

    @Test
    void has_an_index_then_the_five_sheets_named_in_the_report_s_language() throws IOException {
        try (XSSFWorkbook fr = workbook(Reports.mini("fr", "Équipe", "Vision"));
             XSSFWorkbook en = workbook(Reports.mini("en", "Team", "Vision"))) {
            assertThat(fr).extracting(Sheet::getSheetName)
                    .containsExactly("Sommaire", "Synthèse", "Plan d'action", "Options", "Speed boat", "Réponses");
            assertThat(en).extracting(Sheet::getSheetName)
                    .containsExactly("Contents", "Summary", "Action plan", "Options", "Speed boat", "Answers");
        }
    }

    @Test
    void the_index_links_to_each_sheet_and_states_the_report_s_licence() throws IOException {
        try (XSSFWorkbook book = workbook(Reports.mini("en", "Team", "Vision"))) {
            Sheet index = book.getSheetAt(0);
            Cell plan = find(index, "Action plan");
            assertThat(plan.getHyperlink().getAddress()).isEqualTo("'Action plan'!A1");
            assertThat(containing(index, "Creative Commons").getStringCellValue()).contains("CC BY-SA 4.0");
            assertThat(find(index, "Team").getRow().getCell(0).getStringCellValue()).isEqualTo("Team or project");
        }
    }

    @Test
    void the_options_sheet_names_the_component_of_each_ranking() throws IOException {
        try (XSSFWorkbook book = workbook(Reports.extended("fr"))) {
            Sheet options = book.getSheet("Options");
            assertThat(find(options, "EUPL").getRow().getCell(0).getStringCellValue()).isEqualTo("Licences — Code");
            assertThat(find(options, "Licence Ouverte").getRow().getCell(0).getStringCellValue())
                    .isEqualTo("Licences — Données");
            assertThat(find(options, "BlueHats").getRow().getCell(0).getStringCellValue())
                    .isEqualTo("Qui peut vous aider");
        }
    }

    @Test
    void the_summary_holds_the_scores_and_a_native_chart() throws IOException {
        try (XSSFWorkbook book = workbook(Reports.mini("en", "Team", "Vision"))) {
            XSSFSheet summary = book.getSheetAt(1);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Phase");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Identify");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(100.0);
            assertThat(summary.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Established");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            // LibreOffice draws no bar without a fill of its own (the workbook has no theme).
            assertThat(summary.getDrawingPatriarch().getCharts().getFirst().getChartSeries().getFirst().getSeries(0)
                    .getShapeProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
            assertThat(book.getFontAt(summary.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void options_list_fit_reasons_and_hyperlinked_sources() throws IOException {
        try (XSSFWorkbook book = workbook(Reports.mini("en", "Team", "Vision"))) {
            Sheet options = book.getSheet("Options");
            assertThat(options.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Association");
            assertThat(new DataFormatter().formatCellValue(options.getRow(1).getCell(1))).isEqualTo("1");
            assertThat(options.getRow(1).getCell(3).getStringCellValue()).isEqualTo("suitable");
            assertThat(options.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("Several maintainers (Question: Maintainers)\nMaintenance to fund (Question: Needs)");
            Cell source = find(options, "Source");
            assertThat(source.getHyperlink().getAddress()).isEqualTo("https://example.org/s");
        }
    }

    @Test
    void a_row_is_as_tall_as_its_wrapped_text_and_sheets_print_one_page_wide() throws IOException {
        try (XSSFWorkbook book = workbook(Reports.mini("en", "Team", "Vision"))) {
            Sheet options = book.getSheet("Options");
            // two reasons, on two lines: LibreOffice does not grow the row itself
            assertThat(options.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(
                    2 * options.getDefaultRowHeightInPoints());
            assertThat(options.getRepeatingRows()).isNotNull();
            assertThat(options.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void the_action_plan_is_numbered_by_horizon_with_the_columns_to_fill_in_and_the_action_s_id()
            throws Exception {
        try (XSSFWorkbook book = workbook(Reports.shipped("en"))) {
            Sheet plan = book.getSheet("Action plan");
            assertThat(plan.getRow(0)).extracting(Cell::getStringCellValue).containsExactly("No.", "When", "Action",
                    "Why", "Effort", "Owner", "Due date", "Status", "Note", "Overdue", "Id", "Tracking version");
            assertThat(plan.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(plan.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Now (this quarter)");
            for (int c : new int[] {5, 6, 8, 9}) assertThat(plan.getRow(1).getCell(c).getStringCellValue()).isEmpty();
            assertThat(plan.getRow(1).getCell(7).getStringCellValue()).isEqualTo("to start");
            assertThat(plan.getRow(1).getCell(10).getStringCellValue()).startsWith("act-");
            assertThat(plan.getRow(1).getCell(11).getNumericCellValue()).isZero();
        }
    }

    @Test
    void the_plan_sheet_carries_the_team_s_follow_up_and_the_index_its_reference() throws Exception {
        Report report = Reports.tracked("fr");
        try (XSSFWorkbook book = workbook(report)) {
            Sheet plan = book.getSheet("Plan d'action");
            Row first = plan.getRow(1);
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo(Reports.firstAction(report));
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("la DSI");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("2026-10-31");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("en cours");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Atelier le 12");
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("en retard");
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(3);
            assertThat(plan.getRow(2).getCell(7).getStringCellValue()).isEqualTo("fait");
            assertThat(plan.getRow(2).getCell(9).getStringCellValue()).as("done is never overdue").isEmpty();
            assertThat(find(book.getSheetAt(0), Reports.REFERENCE).getRow().getCell(0).getStringCellValue())
                    .isEqualTo("Référence du suivi");
        }
    }

    @Test
    void text_typed_by_users_stays_text_and_never_becomes_a_formula() throws IOException {
        try (XSSFWorkbook book = workbook(Reports.mini("en", "@SUM(A1)", FORMULA))) {
            Cell answer = find(book.getSheet("Answers"), FORMULA);
            assertThat(answer.getCellType()).isEqualTo(CellType.STRING);
            assertThat(answer.getCellStyle().getQuotePrefixed()).isTrue();
            Cell island = find(book.getSheet("Speed boat"), FORMULA);
            assertThat(island.getCellType()).isEqualTo(CellType.STRING);
            Cell team = find(book.getSheetAt(0), "@SUM(A1)");
            assertThat(team.getCellType()).isEqualTo(CellType.STRING);
            assertThat(team.getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : book) {
                sheet.forEach(row -> row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
        }
    }
}
