package org.parcours.tracker;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook read as plain values, whatever its format: each sheet's name and its cells as a text, a number or a
 * date ({@link LocalDate}), null when empty. XLSX through POI, ODS through SODS.
 */
record SheetGrid(List<Named> sheets) {

    record Named(String name, List<List<Object>> rows) {

        Object value(int row, int column) {
            if (row >= rows.size() || column >= rows.get(row).size()) return null;
            return rows.get(row).get(column);
        }
    }

    Optional<Named> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Empty when the bytes are neither a readable XLSX nor a readable ODS. */
    static Optional<SheetGrid> read(byte[] file) {
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') return Optional.empty();
        try {
            return Optional.of(xlsx(file));
        } catch (IOException | RuntimeException notXlsx) {
            try {
                return Optional.of(ods(file));
            } catch (IOException | RuntimeException notOds) {
                return Optional.empty();
            }
        }
    }

    private static SheetGrid xlsx(byte[] file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<Named> sheets = new ArrayList<>();
            for (Sheet sheet : book) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) cells.add(value(row.getCell(c)));
                    rows.add(cells);
                }
                sheets.add(new Named(sheet.getSheetName(), rows));
            }
            return new SheetGrid(sheets);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) return null;
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : cell.getNumericCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> cell.getCellFormula();
            default -> null;
        };
    }

    private static SheetGrid ods(byte[] file) throws IOException {
        SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(file));
        List<Named> sheets = new ArrayList<>();
        for (com.github.miachm.sods.Sheet sheet : book.getSheets()) {
            List<List<Object>> rows = new ArrayList<>();
            if (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) {
                Range all = sheet.getDataRange();
                Object[][] values = all.getValues();
                for (Object[] row : values) {
                    List<Object> cells = new ArrayList<>();
                    for (Object value : row) cells.add(plain(value));
                    rows.add(cells);
                }
            }
            sheets.add(new Named(sheet.getName(), rows));
        }
        return new SheetGrid(sheets);
    }

    private static Object plain(Object value) {
        if (value instanceof LocalDateTime dateTime) return dateTime.toLocalDate();
        return value;
    }
}
