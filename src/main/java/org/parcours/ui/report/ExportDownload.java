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
import org.parcours.limits.RateLimitedException;
import org.parcours.limits.RateLimits;
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

    private final SerializableSupplier<Exports.Prepared> reports;
    private final ExportFormat format;
    private final SerializableConsumer<Boolean> answered;
    private final RateLimits limits;
    private final SerializableConsumer<Long> refused;

    /** {@code answered} runs in the page's UI once the browser has its answer: true for the file, false for none. */
    ExportDownload(SerializableSupplier<Exports.Prepared> reports, ExportFormat format,
                   SerializableConsumer<Boolean> answered) {
        this(reports, format, answered, null, seconds -> answered.accept(false));
    }

    /**
     * Also takes a token of the client's export limit first; past it the browser gets HTTP 429 with
     * {@code Retry-After}, and {@code refused} runs in the page's UI with the seconds to wait.
     */
    ExportDownload(SerializableSupplier<Exports.Prepared> reports, ExportFormat format,
                   SerializableConsumer<Boolean> answered, RateLimits limits, SerializableConsumer<Long> refused) {
        this.reports = reports;
        this.format = format;
        this.answered = answered;
        this.limits = limits;
        this.refused = refused;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        if (limits != null) {
            try {
                limits.checkExport(event.getRequest().getRemoteAddr());
            } catch (RateLimitedException tooMany) {
                event.getResponse().setStatus(429);
                event.getResponse().setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
                event.getUI().access(() -> refused.accept(tooMany.retryAfterSeconds()));
                return;
            }
        }
        byte[] file;
        Report report;
        try {
            Exports.Prepared prepared = reports.get();
            report = prepared.report();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            prepared.writer().write(report, format, buffer);
            file = buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            // The exception's message may quote the team's text: the log keeps only its type.
            LOG.error("{} export of a report failed: {}", format, e.getClass().getName());
            LOG.debug("{} export failure", format, e);
            event.getResponse().setStatus(500);
            event.getUI().access(() -> answered.accept(false));
            return;
        }
        io.micrometer.core.instrument.Metrics.counter("parcours.exports", "kind", "report", "format",
                format.extension()).increment();
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
