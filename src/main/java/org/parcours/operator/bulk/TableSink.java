package org.parcours.operator.bulk;

import java.io.IOException;
import java.util.List;

/** Where the rows go, one at a time: a text cell is a {@code String}, a number a {@code Double}, empty is null. */
interface TableSink {

    void header(List<String> columns) throws IOException;

    void row(List<Object> values) throws IOException;

    /** Writes what is left; the caller closes the stream. */
    void finish() throws IOException;
}
