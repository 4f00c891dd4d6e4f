package org.parcours.operator.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** RFC 4180 CSV in UTF-8 with a byte-order mark; a text a spreadsheet would read as a formula keeps a leading quote. */
final class CsvSink implements TableSink {

    private final Writer out;

    CsvSink(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        out.write('\uFEFF');
        out.write(columns.stream().map(CsvSink::field).collect(Collectors.joining(",")) + "\r\n");
    }

    @Override
    public void row(List<Object> values) throws IOException {
        StringBuilder line = new StringBuilder(values.size() * 8);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.append(',');
            Object value = values.get(i);
            if (value instanceof Double number) line.append(number(number));
            else if (value != null) line.append(field(value.toString()));
        }
        out.write(line.append("\r\n").toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void fail(int rowsWritten, String reason) throws IOException {
        out.write("\r\n" + field("EXPORT FAILED after " + rowsWritten + " rows, this file is incomplete: " + reason)
                + "\r\n");
        out.flush();
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String field(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
