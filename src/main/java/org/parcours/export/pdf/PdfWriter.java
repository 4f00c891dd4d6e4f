package org.parcours.export.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.parcours.export.html.HtmlReport;
import org.parcours.report.Report;

/**
 * Writes the PDF export. PDF/UA asks every font to be embedded, so the one font family the stylesheet names,
 * DejaVu Sans, is registered from the bundled files (read once) in the weights and styles the page uses, as
 * subsets. Each font is loaded with its glyph substitutions (GSUB) off: PDFBox would otherwise run its ligature
 * rules on every piece of text (a sixth of the run), and without ligatures "fi" stays two letters, so the text
 * copies and reads aloud as typed.
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
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(embedded(document, REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(embedded(document, BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(embedded(document, ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(HtmlReport.render(report, HtmlReport.Variant.PDF), null);
            builder.toStream(out);
            builder.run();
        }
        out.flush();
    }

    /** The font for this document, subset when saved, without glyph substitutions. */
    private static PDFontSupplier embedded(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return new PDFontSupplier(PDType0Font.load(document, font, true));
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
