package org.parcours.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.parcours.assessment.AssessmentErased;
import org.parcours.assessment.AssessmentState;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.report.Edition;
import org.parcours.report.Report;
import org.parcours.report.TargetGap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Export files of reports, cached. The key is what the file depends on: the assessment and its revision (every
 * saved or cleared answer moves it), its tracker's revision (every change of a plan action's follow-up moves it,
 * {@code Report.tracking()}), the targets the team set (earlier rounds never change: no link opens them for
 * editing), the format, the edition, the language and the date the report is dated.
 * Least recently used files go first once the total passes {@code parcours.export-cache.max-bytes} (32 MiB); a
 * file larger than an eighth of that is not kept. A file is built whole before it is kept or sent.
 */
@Service
public class ReportFiles {

    /** Builds a report's file; {@link ReportExporter#write} unless a test counts the builds. */
    @FunctionalInterface
    interface Builder {
        void write(Report report, ExportFormat format, OutputStream out) throws IOException;
    }

    record Key(long assessmentId, long revision, long trackerRevision, Map<String, String> targets, ExportFormat format,
               Edition edition, String locale, LocalDate date) {
    }

    private final Builder builder;
    private final long maxBytes;
    private final Map<Key, byte[]> files = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long builds;

    @Autowired
    ReportFiles(@Value("${parcours.export-cache.max-bytes:33554432}") long maxBytes) {
        this(ReportExporter::write, maxBytes);
    }

    ReportFiles(Builder builder, long maxBytes) {
        this.builder = builder;
        this.maxBytes = maxBytes;
    }

    /** Writes this assessment's report in this format to {@code out}, from the cache when it holds it. */
    public void write(AssessmentState state, Report report, ExportFormat format, OutputStream out)
            throws IOException {
        out.write(file(state, report, format));
    }

    /** The target level per phase, whatever the language the report is in. */
    private static Map<String, String> targets(Report report) {
        return report.summary().targets().stream().collect(Collectors.toMap(TargetGap::phaseId, t -> t.target().id()));
    }

    /** The file, built now if the cache does not hold it for this revision. */
    public byte[] file(AssessmentState state, Report report, ExportFormat format) throws IOException {
        Key key = new Key(state.id(), state.revision(), report.tracking().revision(), targets(report),
                format, report.edition(),
                report.locale(), report.date());
        byte[] cached = get(key);
        if (cached != null) return cached;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        builder.write(report, format, buffer);
        byte[] file = buffer.toByteArray();
        put(key, file);
        return file;
    }

    /** The files of erased assessments go with them. */
    @EventListener
    public void erased(AssessmentErased erased) {
        synchronized (files) {
            removeIf(entry -> erased.assessmentIds().contains(entry.getKey().assessmentId()));
        }
    }

    /** Files held, bytes held, files served from the cache and files built, since the start. */
    public Stats stats() {
        synchronized (files) {
            return new Stats(files.size(), bytes, hits, builds);
        }
    }

    public record Stats(int files, long bytes, long hits, long builds) {
    }

    private byte[] get(Key key) {
        synchronized (files) {
            byte[] file = files.get(key);
            if (file != null) hits++;
            return file;
        }
    }

    private void put(Key key, byte[] file) {
        synchronized (files) {
            builds++;
            // Another revision of the same assessment is stale: an answer or a tracked action changed since.
            removeIf(entry -> entry.getKey().assessmentId() == key.assessmentId()
                    && (entry.getKey().revision() != key.revision()
                    || entry.getKey().trackerRevision() != key.trackerRevision()
                    || !entry.getKey().targets().equals(key.targets())));
            if (file.length > maxBytes / 8) return;
            byte[] before = files.put(key, file);
            bytes += file.length - (before == null ? 0 : before.length);
            Iterator<Map.Entry<Key, byte[]>> eldest = files.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
    }

    private void removeIf(java.util.function.Predicate<Map.Entry<Key, byte[]>> stale) {
        Iterator<Map.Entry<Key, byte[]>> entries = files.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, byte[]> entry = entries.next();
            if (stale.test(entry)) {
                bytes -= entry.getValue().length;
                entries.remove();
            }
        }
    }
}
