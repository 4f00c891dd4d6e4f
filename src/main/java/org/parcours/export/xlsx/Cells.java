package org.parcours.export.xlsx;

import java.util.List;
import org.parcours.export.workbook.Table;
import java.util.regex.Pattern;
import org.parcours.markup.Html;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells with the workbook's few styles. Formula injection: text is only ever set as a string value
 * ({@code setCellValue(String)}), which no spreadsheet evaluates; and a text that starts like a formula
 * ({@code = + - @}, tab or carriage return) also gets Excel's own quote-prefix flag, so it stays text when someone
 * edits the cell or copies it elsewhere. The text itself is kept exactly as typed.
 *
 * <p>Every text is wrapped, and its row is made tall enough for the lines it takes in its column: Excel fits row
 * heights when it opens a file, LibreOffice keeps the default height and the wrapped lines overlap.
 */
final class Cells {

    /** Excel's limit for one cell's text. */
    static final int MAX_TEXT = 32_767;

    /** Excel's limit for one row's height, in points. */
    private static final float MAX_HEIGHT = 409;

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle link;
    private final CellStyle number;
    private final CellStyle whole;

    Cells(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = wrapped();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = wrapped();
        quoted = wrapped();
        quoted.setQuotePrefixed(true);
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = wrapped();
        link.setFont(blue);
        number = wrapped();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        whole = wrapped();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    private CellStyle wrapped() {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /**
     * A bold header row, frozen so it stays in view and repeated on each printed page, with column widths in
     * characters (at least the bold title's). Printed in landscape, as wide as one page.
     */
    void header(Sheet sheet, List<Table.Column> columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            String title = columns.get(i).title();
            cell.setCellValue(title);
            cell.setCellStyle(header);
            width(sheet, i, Math.max(columns.get(i).width(), title.length() + 4));
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** One cell of the workbook model, in its type. */
    void cell(Row row, int column, Table.Cell value) {
        switch (value) {
            case Table.Text t -> text(row, column, t.text());
            case Table.Number n -> number(row, column, n.value());
            case Table.Whole w -> whole(row, column, w.value());
            case Table.Link l -> link(row, column, l.title(), l.url());
            case Table.SheetLink l -> sheetLink(row, column, l.title(), l.sheet());
            case Table.Empty e -> { }
        }
    }

    /** A column's width in characters; set before its cells, whose rows grow to fit. */
    static void width(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, Math.min(255, characters) * 256);
    }

    static boolean looksLikeFormula(String value) {
        return FORMULA_START.matcher(value).matches();
    }

    Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        String shown = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
        cell.setCellValue(shown);
        cell.setCellStyle(looksLikeFormula(shown) ? quoted : text);
        fitHeight(row, column, shown);
        return cell;
    }

    /**
     * Raises the row to the lines {@code value} takes when wrapped in its column. A column's width counts the
     * digit 0; ordinary text in the default font fits about a third more characters per line (measured in
     * LibreOffice: three lines of 105 characters in a 70-wide column), a little less is assumed.
     */
    private static void fitHeight(Row row, int column, String value) {
        int perLine = Math.max(1, row.getSheet().getColumnWidth(column) * 13 / 10 / 256 - 1);
        int lines = 0;
        for (String line : value.split("\n", -1)) lines += Math.max(1, (line.length() + perLine - 1) / perLine);
        float height = Math.min(MAX_HEIGHT, lines * row.getSheet().getDefaultRowHeightInPoints());
        if (height > row.getHeightInPoints()) row.setHeightInPoints(height);
    }

    /** A number shown with one decimal. */
    Cell number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(number);
        return cell;
    }

    /** A whole number: a rank, a fit. */
    Cell whole(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(whole);
        return cell;
    }

    /** A link to another sheet of this workbook (an index entry). */
    Cell sheetLink(Row row, int column, String title, String sheet) {
        Cell cell = text(row, column, title);
        Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        hyperlink.setAddress("'" + sheet.replace("'", "''") + "'!A1");
        cell.setHyperlink(hyperlink);
        cell.setCellStyle(link);
        return cell;
    }

    /** A link titled {@code title}; a non-web address gives plain text. */
    Cell link(Row row, int column, String title, String url) {
        Cell cell = text(row, column, title);
        if (!Html.isWebAddress(url) || looksLikeFormula(title)) return cell;
        try {
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(url);
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(link);
        } catch (IllegalArgumentException e) {
            // POI refuses addresses that are not valid URIs: the title stays, as text.
        }
        return cell;
    }
}
