package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.parcours.report.Report;

/** The OpenDocument spreadsheet holds the same sheets and content as the XLSX, read back with SODS and as XML. */
class OdsExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    private static SpreadSheet ods(Report report) throws IOException {
        return new SpreadSheet(new ByteArrayInputStream(Reports.bytes(report, ExportFormat.ODS)));
    }

    private static String contentXml(Report report) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Reports.bytes(report, ExportFormat.ODS)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no content.xml");
    }

    private static Object value(Sheet sheet, int row, int column) {
        return sheet.getRange(row, column).getValue();
    }

    @Test
    void has_the_same_sheets_as_the_xlsx_in_the_report_s_language() throws IOException {
        assertThat(ods(Reports.mini("fr", "Équipe", "Vision")).getSheets()).extracting(Sheet::getName)
                .containsExactly("Sommaire", "Synthèse", "Plan d'action", "Options", "Speed boat", "Réponses");
    }

    @Test
    void the_summary_holds_the_scores_as_numbers_and_a_bar_chart() throws IOException {
        Sheet summary = ods(Reports.mini("en", "Team", "Vision")).getSheet("Summary");
        assertThat(value(summary, 0, 0)).isEqualTo("Phase");
        assertThat(value(summary, 1, 0)).isEqualTo("Identify");
        assertThat(((Number) value(summary, 1, 1)).doubleValue()).isEqualTo(100.0);
        assertThat(value(summary, 1, 2)).isEqualTo("Established");
        assertThat(summary.getCharts()).hasSize(1);
    }

    @Test
    void options_and_plan_hold_what_the_xlsx_holds() throws Exception {
        SpreadSheet book = ods(Reports.shipped("en"));
        Sheet plan = book.getSheet("Action plan");
        assertThat(List.of(plan.getRange(0, 0, 1, 12).getValues()[0])).containsExactly("No.", "When", "Action",
                "Why", "Effort", "Owner", "Due date", "Status", "Note", "Overdue", "Id", "Tracking version");
        assertThat(value(plan, 1, 1)).isEqualTo("Now (this quarter)");
        Report tracked = Reports.tracked("fr");
        Sheet followed = ods(tracked).getSheet("Plan d'action");
        assertThat(value(followed, 1, 10)).isEqualTo(Reports.firstAction(tracked));
        assertThat(List.of(followed.getRange(1, 5, 1, 5).getValues()[0])).containsExactly("la DSI", "2026-10-31",
                "en cours", "Atelier le 12", "en retard");
        Sheet options = ods(Reports.mini("en", "Team", "Vision")).getSheet("Options");
        assertThat(value(options, 1, 2)).isEqualTo("Association");
        assertThat(value(options, 1, 3)).isEqualTo("suitable");
        assertThat(value(options, 1, 5))
                .isEqualTo("Several maintainers (Question: Maintainers)\nMaintenance to fund (Question: Needs)");
    }

    @Test
    void text_typed_by_users_stays_text_and_never_becomes_a_formula() throws IOException {
        Report report = Reports.mini("en", "@SUM(A1)", FORMULA);
        String xml = contentXml(report);
        assertThat(xml).doesNotContain("table:formula").contains("@SUM(A1)");
        SpreadSheet book = ods(report);
        boolean found = false;
        for (Sheet sheet : book.getSheets()) {
            Range all = sheet.getDataRange();
            for (Object[] row : all.getValues()) for (Object v : row) found |= FORMULA.equals(v);
        }
        assertThat(found).as("the island text, kept as typed").isTrue();
    }
}
