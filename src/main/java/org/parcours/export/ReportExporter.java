package org.parcours.export;

import java.io.IOException;
import java.io.OutputStream;
import org.parcours.export.html.HtmlWriter;
import org.parcours.export.json.JsonWriter;
import org.parcours.export.ods.OdsWriter;
import org.parcours.export.pdf.PdfWriter;
import org.parcours.export.xlsx.XlsxWriter;
import org.parcours.report.Report;

/** Writes a report in any export format; the one entry point for the web app's buttons and the command line. */
public final class ReportExporter {

    private ReportExporter() {
    }

    /** Writes the report to {@code out}, which is left open. */
    public static void write(Report report, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> XlsxWriter.write(report, out);
            case ODS -> OdsWriter.write(report, out);
            case PDF -> PdfWriter.write(report, out);
            case HTML -> HtmlWriter.write(report, out);
            case JSON -> JsonWriter.write(report, out);
        }
    }
}
