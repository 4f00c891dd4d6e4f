package org.parcours.operator.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming SXSSF: only the last {@value #WINDOW} rows are in memory, the rest already in a
 * temporary file that POI deletes when done. Texts are text cells, never formulas.
 */
final class XlsxSink implements TableSink {

    private static final int WINDOW = 100;
    private static final int MAX_TEXT = 32_767;

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet = book.createSheet("assessments");
    private int next;

    XlsxSink(OutputStream out) {
        // The temporary sheet stays uncompressed: compressing it once before the zip compresses it again made
        // 10,000 assessments take 10.4 s instead of 8.7 s (docs/performance.md); it takes more disk, for the
        // export's duration only.
        this.out = out;
        book.setCompressTempFiles(false);
    }

    @Override
    public void header(List<String> columns) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < columns.size(); c++) row.createCell(c).setCellValue(columns.get(c));
        sheet.createFreezePane(1, 1);
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) continue;
            Cell cell = row.createCell(c);
            if (value instanceof Double number) cell.setCellValue(number);
            else {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
    }

    /**
     * Nothing reaches the stream (SXSSF writes the package at {@link #finish}), so no spreadsheet opens it; the
     * temporary sheet goes now, since it holds the rows written so far and nothing else would delete it.
     */
    @Override
    public void fail(int rowsWritten, String reason) throws IOException {
        // The rows in memory go to the temporary sheet first: close() shuts its writer, then deletes it, and
        // rows still in memory would be flushed in between, to a closed writer (a warning, the file kept or not).
        try {
            sheet.flushRows();
        } finally {
            book.close();
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }
}
