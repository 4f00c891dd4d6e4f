package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.ContentAnswers;
import org.parcours.export.workbook.PlanColumns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team downloads its plan as XLSX from the report page, edits it offline (POI) and imports it back there. A
 * file of another type, too big or unreadable is refused with its reason; a sheet with a refused cell is listed
 * cell by cell and changes nothing (axe-core finds nothing serious with the messages shown); the corrected sheet
 * says how many actions changed and the plan shows them.
 */
class PlanSheetUploadBrowserTest extends ChromiumTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void an_edited_plan_sheet_imported_on_the_report_page_shows_in_the_plan_and_a_refused_cell_changes_nothing()
            throws IOException {
        AssessmentState team = answeredAsTheFirstContentTest();
        long id = assessments.idOf(team.token()).orElseThrow();
        try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate(url("/a/" + team.token().value() + "/report"));
            page.locator("section#plan .pc-track-button").first().waitFor();
            Download download = page.waitForDownload(() -> page.getByText("Tableur (XLSX)").click());
            byte[] exported = Files.readAllBytes(download.path());
            String first;
            String second;
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
                Sheet plan = book.getSheet("Plan d'action");
                first = plan.getRow(1).getCell(PlanColumns.ID).getStringCellValue();
                second = plan.getRow(2).getCell(PlanColumns.ID).getStringCellValue();
            }
            Locator uploaded = page.locator(".pc-plan-upload input[type=file]");
            Locator alert = page.locator(".pc-plan-upload-problems[role=alert]");

            uploaded.setInputFiles(new FilePayload("plan.csv", "text/csv", "No.;Action".getBytes()));
            alert.getByText("Ce fichier n’est ni un XLSX ni un ODS").waitFor();
            uploaded.setInputFiles(new FilePayload("plan.xlsx", XLSX, new byte[3 * 1024 * 1024]));
            alert.getByText("Ce fichier dépasse 2 Mio").waitFor();
            uploaded.setInputFiles(new FilePayload("plan.xlsx", XLSX, "No.;Action".getBytes()));
            alert.getByText("Ce fichier n'est pas un classeur XLSX ou ODS lisible").waitFor();

            uploaded.setInputFiles(sheet(exported, plan -> {
                plan.getRow(1).getCell(PlanColumns.STATUS).setCellValue("terminé");
                plan.getRow(2).getCell(PlanColumns.OWNER).setCellValue("Service numérique");
            }));

            alert.getByText("Rien n’a été importé : une cellule est refusée.", new Locator.GetByTextOptions()
                    .setExact(false)).waitFor();
            assertThat(alert.getByRole(AriaRole.LISTITEM).allTextContents()).containsExactly(
                    "Plan d'action!H2: « terminé » n'est pas un statut : à lancer, en cours, fait, abandonné");
            assertThat(jdbc.queryForObject("select count(*) from tracked_action where assessment_id = ?",
                    Long.class, id)).as("nothing saved").isZero();
            Accessibility.assertNoSeriousViolations(page);

            uploaded.setInputFiles(sheet(exported, plan -> {
                plan.getRow(1).getCell(PlanColumns.STATUS).setCellValue("fait");
                plan.getRow(2).getCell(PlanColumns.OWNER).setCellValue("Service numérique");
            }));

            page.locator(".pc-plan-upload-done[role=status]")
                    .getByText("Feuille du plan importée : 2 actions mises à jour.").waitFor();
            assertThat(alert.textContent()).isEmpty();
            Locator firstTracking = page.locator("section#plan .tracking:has([data-track='" + first + "'])");
            Locator secondTracking = page.locator("section#plan .tracking:has([data-track='" + second + "'])");
            firstTracking.getByText("fait", new Locator.GetByTextOptions().setExact(false)).waitFor();
            secondTracking.getByText("Service numérique", new Locator.GetByTextOptions().setExact(false)).waitFor();
            assertThat(jdbc.queryForObject("select status from tracked_action where assessment_id = ?"
                    + " and action_id = ?", String.class, id, first)).isEqualTo("done");
            assertThat(jdbc.queryForObject("select owner from tracked_action where assessment_id = ?"
                    + " and action_id = ?", String.class, id, second)).isEqualTo("Service numérique");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    /** The exported workbook with the team's edits of its plan sheet, as the browser would send it. */
    private static FilePayload sheet(byte[] exported, Consumer<Sheet> edits) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            edits.accept(book.getSheet("Plan d'action"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return new FilePayload("plan.xlsx", XLSX, out.toByteArray());
        }
    }

    private AssessmentState answeredAsTheFirstContentTest() {
        return ContentAnswers.answered(assessments, 0, "Équipe du plan hors ligne");
    }
}
