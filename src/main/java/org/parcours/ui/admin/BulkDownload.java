package org.parcours.ui.admin;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.operator.Operator;
import org.parcours.operator.bulk.BulkExport;
import org.parcours.operator.bulk.BulkFormat;

/**
 * The bulk export of the console's filter, streamed to the browser as it is written (never the whole set in
 * memory, so it cannot be built first: a failure half-way cuts the file, and the audit log has no entry for it).
 */
final class BulkDownload implements DownloadHandler {

    private final BulkExport export;
    private final Operator operator;
    private final AssessmentFilter filter;
    private final BulkFormat format;

    BulkDownload(BulkExport export, Operator operator, AssessmentFilter filter, BulkFormat format) {
        this.export = export;
        this.operator = operator;
        this.filter = filter;
        this.format = format;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName("parcours-assessments-" + safe(filter.questionnaireId().orElse("all")) + "-"
                + safe(filter.version().orElse("all")) + "." + format.extension());
        event.setContentType(format.mediaType());
        try (OutputStream out = event.getOutputStream()) {
            export.write(operator, filter, format, out, event.getRequest().getRemoteAddr());
        }
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
