package org.parcours.operator.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.parcours.assessment.AssessmentEvaluations;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.operator.AuditAction;
import org.parcours.operator.AuditLog;
import org.parcours.operator.Operator;
import org.springframework.stereotype.Service;

/**
 * Writes every assessment a filter matches, one row each, straight to the stream: one assessment is read,
 * evaluated and written before the next is read. The filter must name a questionnaire version, since the columns
 * are its questions, dimensions and recommendations. Written to the audit log with the number of rows.
 */
@Service
public class BulkExport {

    private final AssessmentEvaluations evaluations;
    private final AuditLog audit;

    BulkExport(AssessmentEvaluations evaluations, AuditLog audit) {
        this.evaluations = evaluations;
        this.audit = audit;
    }

    /**
     * @return how many assessments were written
     * @throws IllegalArgumentException when the filter names no questionnaire version
     */
    public int write(Operator who, AssessmentFilter filter, BulkFormat format, OutputStream out, String address)
            throws IOException {
        if (filter.questionnaireId().isEmpty() || filter.version().isEmpty()) {
            throw new IllegalArgumentException("choose a questionnaire version: the columns are its questions");
        }
        TableSink sink = switch (format) {
            case CSV -> new CsvSink(out);
            case XLSX -> new XlsxSink(out);
            case ODS -> new OdsSink(out);
        };
        int[] written = {0};
        BulkRows[] rows = {null};
        try {
            evaluations.forEach(filter, assessment -> {
                try {
                    if (rows[0] == null) {
                        rows[0] = new BulkRows(assessment.evaluation().questionnaire());
                        sink.header(rows[0].header());
                    }
                    sink.row(rows[0].row(assessment));
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException broken) {
            throw broken.getCause();
        } catch (RuntimeException failed) {
            sink.fail(written[0], failed.getClass().getSimpleName());
            audit.record(who.name(), AuditAction.BULK_EXPORT_FAILED, filter.questionnaireId().get() + " "
                    + filter.version().get() + " " + format.extension() + " after " + written[0] + " rows", address);
            throw failed;
        }
        if (rows[0] == null) sink.header(BulkRows.FACTS);
        sink.finish();
        io.micrometer.core.instrument.Metrics.counter("parcours.exports", "kind", "bulk", "format",
                format.extension()).increment();
        audit.record(who.name(), AuditAction.BULK_EXPORTED, filter.questionnaireId().get() + " "
                + filter.version().get() + " " + format.extension() + " " + written[0] + " rows", address);
        return written[0];
    }
}
