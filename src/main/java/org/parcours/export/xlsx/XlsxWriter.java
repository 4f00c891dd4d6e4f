package org.parcours.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcours.report.Report;

/** Writes the workbook: Summary (with its chart), Action plan, Options, Answers, Speed boat, in the report's locale. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            SummarySheet.write(sheet(workbook, report, "sheet.summary"), report, cells);
            TableSheets.actions(sheet(workbook, report, "sheet.actions"), report, cells);
            TableSheets.options(sheet(workbook, report, "sheet.options"), report, cells);
            TableSheets.answers(sheet(workbook, report, "sheet.answers"), report, cells);
            TableSheets.speedboat(sheet(workbook, report, "sheet.speedboat"), report, cells);
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setCreator("Parcours");
            workbook.write(out);
        }
        out.flush();
    }

    /** Sheet names are fixed labels per locale, so stable; still made safe for Excel's rules. */
    private static XSSFSheet sheet(XSSFWorkbook workbook, Report report, String key) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(report.label(key)));
    }
}
