package org.parcours.tracker;

import java.util.List;

/** What became of an imported plan sheet. */
public sealed interface ImportOutcome {

    /** Every row was valid; {@code changed} actions were written (rows equal to what is saved change nothing). */
    record Imported(int changed) implements ImportOutcome {
    }

    /** Nothing written: each refused cell, as {@code sheet!cell: message}, in the order of the sheet. */
    record Refused(List<String> cells) implements ImportOutcome {
        public Refused {
            cells = List.copyOf(cells);
        }
    }

    /** Nothing written: not this diagnostic's plan sheet, not a workbook, or too big; the message says which. */
    record Rejected(String message) implements ImportOutcome {
    }
}
