package org.parcours.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parcours.export.workbook.Table;
import org.parcours.export.workbook.Workbook;
import org.parcours.export.workbook.WorkbookBuilder;
import org.parcours.report.Report;

/** Writes the report's workbook ({@link WorkbookBuilder}) as XLSX, in the report's locale, with a native chart. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        write(WorkbookBuilder.of(report), out);
    }

    /** Any workbook of the report model (the comparison alone writes one too). */
    public static void write(Workbook book, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            for (Table sheet : book.sheets()) {
                write(sheet, workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name())), cells);
            }
            workbook.getProperties().getCoreProperties().setTitle(book.title());
            workbook.getProperties().getCoreProperties().setCreator("Parcours");
            workbook.write(out);
        }
        out.flush();
    }

    private static void write(Table sheet, XSSFSheet target, Cells cells) {
        cells.header(target, sheet.columns());
        for (int r = 0; r < sheet.rows().size(); r++) {
            Row row = target.createRow(r + 1);
            List<Table.Cell> values = sheet.rows().get(r);
            for (int c = 0; c < values.size(); c++) cells.cell(row, c, values.get(c));
        }
        sheet.bars().ifPresent(bars -> Charts.bars(target, bars, sheet.rows().size() + 2));
    }
}
