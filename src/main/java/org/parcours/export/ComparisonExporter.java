package org.parcours.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.parcours.export.html.HtmlWriter;
import org.parcours.export.json.JsonWriter;
import org.parcours.export.ods.OdsWriter;
import org.parcours.export.workbook.WorkbookBuilder;
import org.parcours.export.xlsx.XlsxWriter;
import org.parcours.report.ComparisonReport;

/** Writes the comparison alone (before the team has agreed) as JSON, HTML, XLSX or ODS. */
public final class ComparisonExporter {

    /** The formats the comparison alone is written in: a working document, not a report to print. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.JSON, ExportFormat.XLSX, ExportFormat.ODS,
            ExportFormat.HTML);

    private ComparisonExporter() {
    }

    /** Writes the comparison to {@code out}, which is left open. */
    public static void write(ComparisonReport comparison, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> XlsxWriter.write(WorkbookBuilder.of(comparison), out);
            case ODS -> OdsWriter.write(WorkbookBuilder.of(comparison), out);
            case HTML -> HtmlWriter.write(comparison, out);
            case JSON -> JsonWriter.write(comparison, out);
            case PDF -> throw new IllegalArgumentException("the comparison alone is written in " + FORMATS);
        }
    }
}
