package org.parcours.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import org.parcours.export.ExportFileName;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.report.Report;

/** The download links: the report shown on the page, written in each export format on demand. */
final class Exports extends Div {

    Exports(Report report) {
        addClassName("pc-exports");
        Span title = new Span(getTranslation("report.download"));
        title.setId("pc-exports-title");
        add(title);
        for (ExportFormat format : ExportFormat.values()) {
            Anchor download = new Anchor((DownloadEvent event) -> {
                event.setFileName(ExportFileName.of(report, format));
                event.setContentType(format.mediaType());
                try (OutputStream out = event.getOutputStream()) {
                    ReportExporter.write(report, format, out);
                } catch (IOException e) {
                    event.getResponse().setStatus(500);
                }
            }, getTranslation("report.download." + format.extension()));
            download.getElement().setAttribute("download", true);
            download.getElement().setAttribute("aria-describedby", "pc-exports-title");
            download.addClassName("pc-download");
            add(download);
        }
    }
}
