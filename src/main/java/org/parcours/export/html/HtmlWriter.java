package org.parcours.export.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.parcours.report.ComparisonReport;
import org.parcours.report.Report;

/** Writes the standalone HTML export (UTF-8). */
public final class HtmlWriter {

    private HtmlWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        out.write(HtmlReport.render(report, HtmlReport.Variant.HTML).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The comparison alone, before the team has agreed. */
    public static void write(ComparisonReport comparison, OutputStream out) throws IOException {
        out.write(HtmlReport.render(comparison).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
