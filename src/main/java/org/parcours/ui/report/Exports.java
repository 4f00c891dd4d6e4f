package org.parcours.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.IOException;
import java.io.OutputStream;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.limits.RateLimits;
import com.vaadin.flow.server.VaadinService;
import org.parcours.report.Report;

/**
 * The download links: the report, built from the saved answers in the edition chosen next to them, written in each
 * export format on demand. Nothing is built before a click.
 */
final class Exports extends Div {

    /** How often the page asks the server for news while a download is under way (there is no push). */
    private static final int POLL_MILLIS = 1000;

    /** How a report becomes a file: {@link ReportExporter#write}, unless a test makes it fail. */
    @FunctionalInterface
    interface Writer extends java.io.Serializable {
        void write(Report report, ExportFormat format, OutputStream out) throws IOException;
    }

    private final Paragraph failure = new Paragraph();
    /** Clicks minus answers: the answer to a quick download may reach the UI before its click does. */
    private int underWay;

    Exports(SerializableSupplier<Report> report) {
        this(report, ReportExporter::write);
    }

    Exports(SerializableSupplier<Report> report, Writer writer) {
        addClassName("pc-exports");
        RateLimits limits = VaadinService.getCurrent().getInstantiator().getOrCreate(RateLimits.class);
        Span title = new Span(getTranslation("report.download"));
        title.setId("pc-exports-title");
        add(title);
        for (ExportFormat format : ExportFormat.values()) {
            String label = getTranslation("report.download." + format.extension());
            Anchor download = new Anchor(new ExportDownload(report, format, writer, ok -> answered(ok, label),
                    limits, this::refused), label);
            download.getElement().setAttribute("download", true);
            download.getElement().setAttribute("aria-describedby", "pc-exports-title");
            download.getElement().addEventListener("click", click -> clicked());
            download.addClassName("pc-download");
            add(download);
        }
        failure.addClassName("pc-download-failed");
        failure.getElement().setAttribute("role", "alert");
        failure.setVisible(false);
        add(failure);
    }

    private void clicked() {
        underWay++;
        failure.setVisible(false);
        poll();
    }

    /**
     * The download runs outside the page's requests, so what it says reaches the browser with the next one: the
     * page polls while a download is under way, and the failure message arrives with the answer that ends it.
     */
    private void answered(boolean ok, String label) {
        underWay--;
        if (!ok) {
            failure.setText(getTranslation("report.download.failed", label));
            failure.setVisible(true);
        }
        poll();
    }

    private void refused(long seconds) {
        underWay--;
        failure.setText(getTranslation("limit.exports", seconds));
        failure.setVisible(true);
        poll();
    }

    private void poll() {
        getUI().ifPresent(ui -> ui.setPollInterval(underWay > 0 ? POLL_MILLIS : -1));
    }
}
