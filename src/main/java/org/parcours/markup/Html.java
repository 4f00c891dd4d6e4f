package org.parcours.markup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds well-formed XHTML: every text goes through {@link Xml#escape}; only markup made by this class or by the
 * safe Markdown renderer is appended as is. {@link #freeze} turns a built value into an immutable one whose text
 * is one string, which the screen can hand to many sessions without a copy each.
 */
public final class Html {

    private static final Pattern WEB = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);

    private final StringBuilder out;
    private final String frozen;

    /** A small builder, for a fragment of a page. */
    public Html() {
        this(256);
    }

    /** A builder sized for a whole document. */
    public Html(int capacity) {
        this.out = new StringBuilder(capacity);
        this.frozen = null;
    }

    private Html(String frozen) {
        this.out = null;
        this.frozen = frozen;
    }

    /** A text, escaped, as a value of its own. */
    public static Html escaped(String text) {
        return new Html(Xml.escape(text));
    }

    /** Rendered Markdown (its raw HTML already escaped by {@link Markdown}). */
    public static Html of(RichText rendered) {
        return new Html(rendered.html());
    }

    /** An immutable copy whose {@link #toString} is always the same string. */
    public Html freeze() {
        return frozen != null ? this : new Html(out.toString());
    }

    /** Appends another value built by this class. */
    public Html append(Html html) {
        return trusted(html.toString());
    }

    /** Opens an element; {@code attributes} are name/value pairs, values escaped. */
    public Html open(String element, String... attributes) {
        builder().append('<').append(element);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Xml.escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String element) {
        builder().append("</").append(element).append('>');
        return this;
    }

    public Html text(String text) {
        builder().append(Xml.escape(text));
        return this;
    }

    /** Markup produced by this code or by the safe markdown renderer; never user text. */
    public Html trusted(String markup) {
        builder().append(markup);
        return this;
    }

    public Html element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    /** A link to a web page, or only its title when the address is not plain http(s). */
    public Html link(String title, String url) {
        // The title attribute names the link for assistive technology in the tagged PDF too.
        if (isWebAddress(url)) return element("a", title, "href", url, "title", title);
        return text(title);
    }

    public Html list(String element, List<String> items) {
        if (items.isEmpty()) return this;
        open(element);
        items.forEach(i -> element("li", i));
        return close(element);
    }

    /** Whether a text is a plain http(s) address, the only kind of link the outputs make. */
    public static boolean isWebAddress(String url) {
        return WEB.matcher(url).matches();
    }

    /** An id made of the given words, for anchors and bookmarks. */
    public static String id(String... words) {
        return String.join("-", words).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    private StringBuilder builder() {
        if (out == null) throw new IllegalStateException("a frozen Html cannot be appended to");
        return out;
    }

    @Override
    public String toString() {
        return frozen != null ? frozen : out.toString();
    }
}
