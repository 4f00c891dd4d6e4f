package org.parcours.export.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.parcours.export.html.HtmlReport;
import org.parcours.report.Report;

/**
 * Writes the PDF export. PDF/UA asks every font to be embedded, so the one font family the stylesheet names,
 * DejaVu Sans, is registered from the bundled files (read once) in the weights and styles the page uses.
 */
public final class PdfWriter {

    static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = font("DejaVuSans-Oblique.ttf");

    static {
        // openhtmltopdf logs every run at INFO (timings, fonts loaded): keep warnings only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfWriter() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(HtmlReport.render(report, HtmlReport.Variant.PDF), null);
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("missing font " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
