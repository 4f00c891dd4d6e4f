package org.parcours.ui.report;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.parcours.export.ExportFileName;
import org.parcours.export.ExportFormat;
import org.parcours.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export of the report as a download. The file is built whole in memory before a byte is sent: a failure
 * halfway then leaves the response untouched, so the browser gets an error status instead of a truncated or
 * empty file that looks like a success.
 */
final class ExportDownload implements DownloadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ExportDownload.class);

    private final SerializableSupplier<Report> reports;
    private final ExportFormat format;
    private final Exports.Writer writer;
    private final SerializableConsumer<Boolean> answered;

    /** {@code answered} runs in the page's UI once the browser has its answer: true for the file, false for none. */
    ExportDownload(SerializableSupplier<Report> reports, ExportFormat format, Exports.Writer writer,
                   SerializableConsumer<Boolean> answered) {
        this.reports = reports;
        this.format = format;
        this.writer = writer;
        this.answered = answered;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        byte[] file;
        Report report;
        try {
            report = reports.get();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            writer.write(report, format, buffer);
            file = buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            // The exception's message may quote the team's text: the log keeps only its type.
            LOG.error("{} export of a report failed: {}", format, e.getClass().getName());
            LOG.debug("{} export failure", format, e);
            event.getResponse().setStatus(500);
            event.getUI().access(() -> answered.accept(false));
            return;
        }
        event.setFileName(ExportFileName.of(report, format));
        event.setContentType(format.mediaType());
        event.setContentLength(file.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(file);
        } finally {
            event.getUI().access(() -> answered.accept(true));
        }
    }
}
