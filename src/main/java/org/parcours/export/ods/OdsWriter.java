package org.parcours.export.ods;

import com.github.miachm.sods.Chart;
import com.github.miachm.sods.ChartSeries;
import com.github.miachm.sods.ChartStyle;
import com.github.miachm.sods.Color;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.parcours.export.workbook.Table;
import org.parcours.export.workbook.Workbook;
import org.parcours.export.workbook.WorkbookBuilder;
import org.parcours.markup.Html;
import org.parcours.report.Report;

/**
 * Writes the report's workbook ({@link WorkbookBuilder}) as an OpenDocument spreadsheet (ODS), the format the
 * French Référentiel Général d'Interopérabilité recommends, with the same sheets and content as the XLSX. Text is
 * always a string value, never a formula. SODS writes no hyperlink in a cell: a link is its title followed by its
 * address, which LibreOffice opens with a click.
 */
public final class OdsWriter {

    /** The bars' colour, the same blue as the report's pictures. */
    private static final Color BAR = new Color(0x1f, 0x5f, 0x8b);
    private static final Color HEADER = new Color(0xe8, 0xee, 0xf3);
    /** A character of the default font, in millimetres: column widths are given in characters. */
    private static final double MM_PER_CHARACTER = 2.0;

    private OdsWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        write(WorkbookBuilder.of(report), out);
    }

    /** Any workbook of the report model (the comparison alone writes one too). */
    public static void write(Workbook book, OutputStream out) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet();
        for (Table table : book.sheets()) spreadsheet.appendSheet(sheet(table));
        // SODS closes the stream it writes to; the caller owns it (a file still to be forced to disk, a response).
        spreadsheet.save(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        out.flush();
    }

    private static Sheet sheet(Table table) {
        int columns = Math.max(table.columns().size(),
                table.rows().stream().mapToInt(List::size).max().orElse(0));
        Sheet sheet = new Sheet(table.name(), table.rows().size() + 1, Math.max(1, columns));
        Style header = new Style();
        header.setBold(true);
        header.setBackgroundColor(HEADER);
        header.setWrap(true);
        for (int c = 0; c < table.columns().size(); c++) {
            Range cell = sheet.getRange(0, c);
            cell.setValue(table.columns().get(c).title());
            cell.setStyle(header);
            sheet.setColumnWidth(c, Math.max(table.columns().get(c).width(),
                    table.columns().get(c).title().length() + 4) * MM_PER_CHARACTER);
        }
        Style wrapped = new Style();
        wrapped.setWrap(true);
        wrapped.setVerticalTextAligment(Style.VERTICAL_TEXT_ALIGMENT.Top);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Table.Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Range cell = sheet.getRange(r + 1, c);
                value(cell, row.get(c));
                cell.setStyle(wrapped);
            }
        }
        double widthMm = 0;
        for (int c = 0; c < table.columns().size(); c++) widthMm += sheet.getColumnWidth(c);
        double right = widthMm / 10 + 0.5;
        table.bars().ifPresent(bars -> chart(sheet, table.name(), bars, right));
        return sheet;
    }

    private static void value(Range cell, Table.Cell value) {
        switch (value) {
            case Table.Text t -> cell.setValue(t.text());
            case Table.Number n -> cell.setValue(Math.round(n.value() * 10) / 10.0);
            case Table.Whole w -> cell.setValue((double) w.value());
            case Table.Link l -> cell.setValue(Html.isWebAddress(l.url()) ? l.title() + " — " + l.url() : l.title());
            case Table.SheetLink l -> cell.setValue(l.title());
            case Table.Empty e -> { }
        }
    }

    /**
     * A bar chart over the value column, to the right of the table (rows grow with their wrapped text, so below it
     * the chart would cover them).
     */
    private static void chart(Sheet sheet, String sheetName, Table.Bars bars, double leftCm) {
        Chart chart = new Chart();
        chart.setType("chart:bar");
        chart.setTitle(bars.title());
        String quoted = "'" + sheetName.replace("'", "''") + "'";
        ChartSeries series = new ChartSeries();
        series.setValuesRangeAddress(quoted + "." + column(bars.valueColumn()) + "2:" + quoted + "."
                + column(bars.valueColumn()) + (bars.count() + 1));
        series.setLabelRangeAddress(quoted + "." + column(bars.valueColumn()) + "1");
        ChartStyle style = series.getStyle() == null ? new ChartStyle() : series.getStyle();
        style.getGraphicProperties().setFillColor(BAR);
        series.setStyle(style);
        chart.addSeries(series);
        chart.setCategoriesRangeAddress(quoted + "." + column(bars.labelColumn()) + "2:" + quoted + "."
                + column(bars.labelColumn()) + (bars.count() + 1));
        chart.setX(leftCm + "cm");
        chart.setY("0cm");
        chart.setWidth("16cm");
        chart.setHeight("8cm");
        sheet.addChart(chart);
    }

    private static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
