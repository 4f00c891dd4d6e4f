package org.parcours.ui.admin;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.parcours.operator.AuditAction;
import org.parcours.operator.AuditLog;
import org.parcours.operator.aggregate.AggregateFiles;
import org.parcours.operator.aggregate.Aggregates;

/**
 * One file of figures: built whole before a byte is sent (a failure then leaves an error status, not a cut
 * file), and written to the audit log as an export by the operator who asked.
 */
final class AggregateDownload implements DownloadHandler {

    enum Format {
        CSV("csv", "text/csv;charset=UTF-8"), ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
        JSON("json", "application/json");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private final Aggregates figures;
    private final Format format;
    private final AuditLog audit;
    private final String operator;

    AggregateDownload(Aggregates figures, Format format, AuditLog audit, String operator) {
        this.figures = figures;
        this.format = format;
        this.audit = audit;
        this.operator = operator;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        switch (format) {
            case CSV -> AggregateFiles.csv(figures, buffer);
            case ODS -> AggregateFiles.ods(figures, buffer);
            case JSON -> AggregateFiles.json(figures, buffer);
        }
        byte[] file = buffer.toByteArray();
        io.micrometer.core.instrument.Metrics.counter("parcours.exports", "kind", "aggregates", "format",
                format.extension).increment();
        audit.record(operator, AuditAction.AGGREGATES_EXPORTED, figures.questionnaireId() + " " + figures.version()
                + " " + format.extension, event.getRequest().getRemoteAddr());
        event.setFileName("parcours-figures-" + safe(figures.questionnaireId()) + "-" + safe(figures.version()) + "."
                + format.extension);
        event.setContentType(format.mediaType);
        event.setContentLength(file.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(file);
        }
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
