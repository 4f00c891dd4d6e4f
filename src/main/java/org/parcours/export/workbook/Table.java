package org.parcours.export.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One sheet (a table) of the report's workbook, whatever the file format: a header row of columns, then rows of cells, and
 * optionally bars drawn over one column. The XLSX and ODS writers render exactly this, so both files hold the
 * same sheets and the same content.
 */
public record Table(String name, List<Column> columns, List<List<Cell>> rows, Optional<Bars> bars) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A column: its title and width in characters. */
    public record Column(String title, int width) {
    }

    /**
     * A horizontal bar chart (0 to 100) over {@code valueColumn} of the first {@code count} rows, labelled by
     * {@code labelColumn}; a format that cannot draw one fills the cells as bars.
     */
    public record Bars(String title, String seriesTitle, int labelColumn, int valueColumn, int count) {
    }

    /** One cell. Text is always text, never a formula, whatever it starts with. */
    public sealed interface Cell {
    }

    public record Text(String text) implements Cell {
    }

    /** A number shown with one decimal. */
    public record Number(double value) implements Cell {
    }

    /** A whole number: a rank, a count. */
    public record Whole(long value) implements Cell {
    }

    /** A link to a web page; the writers give plain text when the address is not http(s). */
    public record Link(String title, String url) implements Cell {
    }

    /** A link to another sheet of the workbook, by its name. */
    public record SheetLink(String title, String sheet) implements Cell {
    }

    public record Empty() implements Cell {
    }

    public static Cell text(String text) {
        return new Text(text);
    }
}
