package org.parcours.export.workbook;

import java.util.List;

/** The report as sheets: an index first, then one sheet per report section that has a table. */
public record Workbook(String title, List<Table> sheets) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
