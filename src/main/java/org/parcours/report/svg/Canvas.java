package org.parcours.report.svg;

import java.util.List;
import java.util.Locale;
import org.parcours.markup.Xml;

/** A small SVG writer: the root element with its title and description, and the few shapes the pictures use. */
final class Canvas {

    static final String FONT = "DejaVu Sans, Verdana, sans-serif";

    private final StringBuilder svg = new StringBuilder(4096);

    Canvas(String id, int width, int height, String title, String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"13\">")
                .append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description))
                .append("</desc>");
    }

    Canvas rect(double x, double y, double w, double h, String fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\"/>", x, y, w, h, fill));
        return this;
    }

    Canvas shape(String element, String attributes) {
        svg.append('<').append(element).append(' ').append(attributes).append("/>");
        return this;
    }

    Canvas text(double x, double y, String text, String attributes) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"", x, y));
        if (!attributes.isEmpty()) svg.append(' ').append(attributes);
        svg.append('>').append(Xml.escape(text)).append("</text>");
        return this;
    }

    /** Lines of text one under the other, starting at {@code y}; returns the y after the last line. */
    double lines(double x, double y, List<String> lines, double lineHeight, String attributes) {
        double at = y;
        for (String line : lines) {
            text(x, at, line, attributes);
            at += lineHeight;
        }
        return at;
    }

    /** The vertical lines at 0, 25, 50, 75 and 100 % of a bar track, labelled under it. */
    Canvas percentGrid(double x, double width, int top, int height) {
        for (int i = 0; i <= 4; i++) {
            double at = x + width * i / 4.0;
            shape("line", String.format(Locale.ROOT,
                    "x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c4ccd4\" stroke-width=\"1\"", at, top, at,
                    height - 18));
            text(at, height - 4, (25 * i) + "", "text-anchor=\"middle\" fill=\"#3d4752\" font-size=\"11\"");
        }
        return this;
    }

    String end() {
        return svg + "</svg>";
    }
}
