package org.parcours.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a number of characters per line, for SVG which does not wrap by itself. A text too long for
 * {@code maxLines} is cut with an ellipsis; a word longer than a line is cut too. Counting characters rather than
 * measuring glyphs is rough but needs no font, and the widths used leave room for wide letters.
 */
final class Wrap {

    private Wrap() {
    }

    static List<String> lines(String text, int perLine, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > perLine) {
                flush(lines, line);
                lines.add(word.substring(0, perLine));
                word = word.substring(perLine);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) flush(lines, line);
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        flush(lines, line);
        if (lines.size() <= maxLines) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, (last.length() >= perLine ? last.substring(0, perLine - 1) : last) + "…");
        return kept;
    }

    static String cut(String text, int max) {
        return lines(text, max, 1).getFirst();
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) lines.add(line.toString());
        line.setLength(0);
    }
}
