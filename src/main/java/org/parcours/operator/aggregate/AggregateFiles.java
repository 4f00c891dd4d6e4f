package org.parcours.operator.aggregate;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures as files an operator may publish: CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets,
 * a text starting like a formula quoted so that it stays text), ODS (one sheet, SODS) and an open-data JSON that
 * states the threshold and keeps the structure. Only what the threshold let through is ever written.
 */
public final class AggregateFiles {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AggregateFiles() {
    }

    public static void csv(Aggregates figures, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", FigureRows.COLUMNS) + "\r\n");
        for (FigureRows.Row row : FigureRows.of(figures)) {
            writer.write(String.join(",", List.of(csv(figures.questionnaireId()), csv(figures.version()),
                    Integer.toString(figures.threshold()), csv(row.section()), csv(row.sectionTitle()), csv(row.key()),
                    csv(row.label()), Integer.toString(row.count()), Integer.toString(row.outOf()))) + "\r\n");
        }
        writer.flush();
    }

    public static void ods(Aggregates figures, OutputStream out) throws IOException {
        List<FigureRows.Row> rows = FigureRows.of(figures);
        Sheet sheet = new Sheet("figures", rows.size() + 1, FigureRows.COLUMNS.size());
        for (int c = 0; c < FigureRows.COLUMNS.size(); c++) sheet.getRange(0, c).setValue(FigureRows.COLUMNS.get(c));
        for (int r = 0; r < rows.size(); r++) {
            FigureRows.Row row = rows.get(r);
            Object[] values = {figures.questionnaireId(), figures.version(), (double) figures.threshold(),
                row.section(), row.sectionTitle(), row.key(), row.label(), (double) row.count(), (double) row.outOf()};
            for (int c = 0; c < values.length; c++) {
                Range cell = sheet.getRange(r + 1, c);
                cell.setValue(values[c]);
            }
        }
        SpreadSheet book = new SpreadSheet();
        book.appendSheet(sheet);
        // SODS closes the stream it writes to; the caller owns it (a response).
        book.save(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        out.flush();
    }

    public static void json(Aggregates figures, OutputStream out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("questionnaire", figures.questionnaireId());
        document.put("version", figures.version());
        document.put("title", figures.title());
        document.put("language", figures.locale());
        document.put("computed_at", figures.computedAt().toString());
        document.put("anonymity_threshold", figures.threshold());
        document.put("note", "Every figure is computed over at least anonymity_threshold assessments; smaller "
                + "groups are merged into (others) or left out.");
        document.put("assessments", figures.shown() ? figures.assessments() : null);
        document.put("finished", figures.finished().orElse(null));
        document.put("levels", figures.levels().stream().map(AggregateFiles::section).toList());
        document.put("first_options", figures.firstOptions().stream().map(AggregateFiles::section).toList());
        document.put("brakes", figures.brakes().map(AggregateFiles::section).orElse(null));
        document.put("levers", figures.levers().map(AggregateFiles::section).orElse(null));
        document.put("feedback", figures.feedback().stream().map(line -> Map.of("recommendation",
                line.recommendationId(), "title", line.title(), "useful", line.useful(), "not_for_us",
                line.notForUs(), "wrong", line.wrong())).toList());
        document.put("feedback_others", figures.feedbackOthers());
        JSON.writeValue(new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, document);
    }

    private static Map<String, Object> section(Section section) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", section.id());
        json.put("title", section.title());
        json.put("out_of", section.population());
        json.put("counts", section.cells().stream().map(cell -> Map.of("key", cell.key(), "label", cell.label(),
                "count", cell.count())).toList());
        json.put("others", section.others());
        return json;
    }

    /** A CSV field: quoted when needed; a text a spreadsheet would read as a formula gets a leading quote. */
    static String csv(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
