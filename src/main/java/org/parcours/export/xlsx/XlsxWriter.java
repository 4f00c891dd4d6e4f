package org.parcours.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;

/**
 * Writes the workbook, one sheet per report section that has a table, in the sections' order: Summary (with its
 * chart), Action plan, Options, Speed boat, Answers, in the report's locale.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            for (ReportSection section : ReportSection.values()) {
                section.sheetKey().ifPresent(key -> write(section, sheet(workbook, report, key), report, cells));
            }
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setCreator("Parcours");
            workbook.write(out);
        }
        out.flush();
    }

    private static void write(ReportSection section, XSSFSheet sheet, Report report, Cells cells) {
        switch (section) {
            case SUMMARY -> SummarySheet.write(sheet, report, cells);
            case NEXT_STEPS -> TableSheets.actions(sheet, report, cells);
            case OPTIONS -> TableSheets.options(sheet, report, cells);
            case SPEEDBOAT -> TableSheets.speedboat(sheet, report, cells);
            case ANSWERS -> TableSheets.answers(sheet, report, cells);
            default -> throw new IllegalStateException("no sheet for " + section);
        }
    }

    /** Sheet names are fixed labels per locale, so stable; still made safe for Excel's rules. */
    private static XSSFSheet sheet(XSSFWorkbook workbook, Report report, String key) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(report.label(key)));
    }
}
