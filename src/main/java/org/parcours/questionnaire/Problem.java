package org.parcours.questionnaire;

/**
 * One thing wrong in a questionnaire file, printed as {@code file:line:column: message}; also used for warnings
 * ({@link Questionnaire#warnings()}), which a load reports without failing.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** The same place and message as a warning, which does not stop a load: {@code file:line:column: warning: …}. */
    public String asWarning() {
        return file + ":" + line + ":" + column + ": warning: " + message;
    }

    /** Problems read best in file order. */
    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
