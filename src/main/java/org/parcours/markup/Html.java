package org.parcours.markup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Appends well-formed XHTML: every text goes through {@link Xml#escape}, only trusted markup is appended raw. */
public final class Html {

    private static final Pattern WEB = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens an element; {@code attributes} are name/value pairs, values escaped. */
    public Html open(String element, String... attributes) {
        out.append('<').append(element);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Xml.escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    public Html text(String text) {
        out.append(Xml.escape(text));
        return this;
    }

    /** Markup produced by this code or by the safe markdown renderer; never user text. */
    public Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    public Html element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    /** A link to a web page, or only its title when the address is not plain http(s). */
    public Html link(String title, String url) {
        // The title attribute names the link for assistive technology in the tagged PDF too.
        if (WEB.matcher(url).matches()) return element("a", title, "href", url, "title", title);
        return text(title);
    }

    public Html list(String element, List<String> items) {
        if (items.isEmpty()) return this;
        open(element);
        items.forEach(i -> element("li", i));
        return close(element);
    }

    /** An id made of the given words, for anchors and bookmarks. */
    public static String id(String... words) {
        return String.join("-", words).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
