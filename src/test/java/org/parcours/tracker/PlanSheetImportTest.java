package org.parcours.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Export the plan sheet, edit it as a team would (POI, SODS), import it back: what is kept, what is refused. */
@SpringBootTest
class PlanSheetImportTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private TrackerService tracker;

    @Autowired
    private PlanSheetImport imports;

    @Test
    void an_xlsx_plan_sheet_edited_offline_is_imported_back_in_french_or_english_words() throws IOException {
        AssessmentState state = assessments.start("communs-numeriques", "", "fr");
        Report report = report(state);
        String first = report.planItems().get(0).action().id();
        String second = report.planItems().get(1).action().id();
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(report, ExportFormat.XLSX)))) {
            Sheet plan = book.getSheet("Plan d'action");
            plan.getRow(1).getCell(5).setCellValue("la DSI");
            plan.getRow(1).getCell(6).setCellValue("31/03/2027");
            plan.getRow(1).getCell(7).setCellValue("Fait");
            plan.getRow(1).getCell(8).setCellValue("carte publiée");
            plan.getRow(1).getCell(2).setCellValue("un titre changé, ignoré");
            plan.getRow(2).getCell(7).setCellValue("in progress");
            edited = bytes(book);
        }

        ImportOutcome outcome = imports.importSheet(state, edited, "fr", Optional.of("Awa"));

        assertThat(outcome).isEqualTo(new ImportOutcome.Imported(2));
        assertThat(tracker.tracking(state.id()).of(first)).isEqualTo(new ActionTracking(ActionStatus.DONE,
                Optional.of("la DSI"), Optional.of(LocalDate.of(2027, 3, 31)), Optional.of("carte publiée"), 1));
        assertThat(tracker.tracking(state.id()).of(second).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(tracker.history(state.id(), first)).allMatch(c -> c.by().equals(Optional.of("Awa")));
        assertThat(imports.importSheet(state, edited, "fr", Optional.empty()))
                .as("the same sheet again changes nothing").isEqualTo(new ImportOutcome.Imported(0));
    }

    @Test
    void every_refused_cell_is_reported_and_nothing_is_written() throws IOException {
        AssessmentState state = assessments.start("communs-numeriques", "", "fr");
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(report(state), ExportFormat.XLSX)))) {
            Sheet plan = book.getSheet("Plan d'action");
            plan.getRow(1).getCell(7).setCellValue("terminé");
            plan.getRow(2).getCell(6).setCellValue("demain");
            plan.getRow(2).getCell(5).setCellValue("x".repeat(201));
            plan.getRow(3).getCell(7).setCellValue("fait");
            edited = bytes(book);
        }

        ImportOutcome outcome = imports.importSheet(state, edited, "fr", Optional.empty());

        assertThat(outcome).isEqualTo(new ImportOutcome.Refused(java.util.List.of(
                "Plan d'action!H2: « terminé » n'est pas un statut : à lancer, en cours, fait, abandonné",
                "Plan d'action!G3: « demain » n'est pas une date : écrivez-la 2027-03-31 ou 31/03/2027",
                "Plan d'action!F3: le responsable dépasse 200 caractères")));
        assertThat(tracker.tracking(state.id()).actions()).as("the valid row waits for the others").isEmpty();
    }

    @Test
    void an_ods_plan_sheet_round_trips_and_a_row_from_an_older_export_is_a_conflict() throws IOException {
        AssessmentState state = assessments.start("communs-numeriques", "", "en");
        Report report = report(state);
        String first = report.planItems().get(0).action().id();
        SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(file(report, ExportFormat.ODS)));
        com.github.miachm.sods.Sheet plan = book.getSheet("Plan d'action");
        plan.getRange(1, 7).setValue("en cours");
        plan.getRange(1, 5).setValue("Awa");
        byte[] edited = bytes(book);

        assertThat(imports.importSheet(state, edited, "en", Optional.empty())).isEqualTo(new ImportOutcome.Imported(1));
        assertThat(tracker.tracking(state.id()).of(first).owner()).contains("Awa");

        plan.getRange(1, 7).setValue("abandonné");
        assertThat(imports.importSheet(state, bytes(book), "en", Optional.empty()))
                .isEqualTo(new ImportOutcome.Refused(java.util.List.of("Plan d'action!H2: changed meanwhile by "
                        + "another member (status now: in progress): export the plan again")));
    }

    @Test
    void another_diagnostic_s_sheet_a_non_workbook_and_a_huge_file_are_rejected_whole() throws IOException {
        AssessmentState state = assessments.start("communs-numeriques", "", "fr");
        AssessmentState other = assessments.start("communs-numeriques", "", "fr");

        assertThat(imports.importSheet(state, file(report(other), ExportFormat.XLSX), "fr", Optional.empty()))
                .isEqualTo(new ImportOutcome.Rejected("Ce classeur a été exporté d'un autre diagnostic (sa référence"
                        + " du suivi n'est pas celle de ce diagnostic) : rien n'a été importé."));
        assertThat(imports.importSheet(state, "No.;Action".getBytes(), "en", Optional.empty()))
                .isInstanceOf(ImportOutcome.Rejected.class).extracting(o -> ((ImportOutcome.Rejected) o).message())
                .asString().startsWith("This file is not a readable XLSX or ODS workbook");
        assertThat(imports.importSheet(state, new byte[3 * 1024 * 1024], "en", Optional.empty()))
                .isEqualTo(new ImportOutcome.Rejected("This file is larger than 2 MiB: it is not a plan sheet "
                        + "exported by Parcours."));
    }

    private Report report(AssessmentState state) {
        Report report = ReportBuilder.build(state.evaluation(), "fr", ReportContext.of(Clock.systemUTC())
                .withTracking(tracker.tracking(state.id())));
        assertThat(report.planItems()).hasSizeGreaterThan(2);
        return report;
    }

    private static byte[] file(Report report, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.write(report, format, out);
        return out.toByteArray();
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static byte[] bytes(SpreadSheet book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.save(out);
        return out.toByteArray();
    }
}
