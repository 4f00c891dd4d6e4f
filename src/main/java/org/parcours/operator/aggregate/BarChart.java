package org.parcours.operator.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parcours.markup.Xml;

/**
 * A section's counts as horizontal bars, drawn on the server as SVG (no script, prints as it shows), with its
 * text alternative: every bar said in words, so that nothing is only in the picture.
 */
public record BarChart(String svg, String textAlternative) {

    private static final int WIDTH = 640;
    private static final int LABEL = 300;
    private static final int ROW = 28;
    private static final int BAR = 18;

    /** {@code othersLabel} names the merged small groups, {@code outOf} says "n of N" in the chosen language. */
    public static BarChart of(Section section, String othersLabel, String outOfPattern) {
        List<String[]> bars = new ArrayList<>();
        section.cells().forEach(cell -> bars.add(new String[] {cell.label(), Integer.toString(cell.count())}));
        if (section.others() > 0) bars.add(new String[] {othersLabel, Integer.toString(section.others())});
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder(512 + bars.size() * 256);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(Xml.escape(section.title())).append("\" focusable=\"false\">");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            String label = bars.get(i)[0];
            int count = Integer.parseInt(bars.get(i)[1]);
            double share = section.population() == 0 ? 0 : (double) count / section.population();
            int y = i * ROW + 4;
            int length = (int) Math.round(share * (WIDTH - LABEL - 60));
            svg.append("<text x=\"0\" y=\"").append(y + BAR - 4).append("\" font-size=\"13\" fill=\"#1a1a1a\">")
                    .append(Xml.escape(cut(label))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(1, length)).append("\" height=\"").append(BAR).append("\" fill=\"#1a56b8\"/>")
                    .append("<text x=\"").append(LABEL + Math.max(1, length) + 6).append("\" y=\"").append(y + BAR - 4)
                    .append("\" font-size=\"13\" fill=\"#1a1a1a\">").append(count).append("</text>");
            words.add(label + " — " + String.format(Locale.ROOT, outOfPattern, count, section.population()));
        }
        svg.append("</svg>");
        return new BarChart(svg.toString(), section.title() + ". " + String.join(" ; ", words) + ".");
    }

    private static String cut(String label) {
        return label.length() <= 42 ? label : label.substring(0, 41) + "…";
    }
}
