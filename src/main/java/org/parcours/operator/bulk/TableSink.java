package org.parcours.operator.bulk;

import java.io.IOException;
import java.util.List;

/** Where the rows go, one at a time: a text cell is a {@code String}, a number a {@code Double}, empty is null. */
interface TableSink {

    void header(List<String> columns) throws IOException;

    void row(List<Object> values) throws IOException;

    /** Writes what is left; the caller closes the stream. */
    void finish() throws IOException;

    /**
     * The export stopped half-way: the file must not pass for complete. XLSX and ODS are zip files whose index is
     * written last, so leaving them unfinished is enough (no spreadsheet opens them; XLSX still deletes its
     * temporary sheet); CSV says so on its last line.
     */
    default void fail(int rowsWritten, String reason) throws IOException {
    }
}
