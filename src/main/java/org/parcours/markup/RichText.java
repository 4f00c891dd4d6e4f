package org.parcours.markup;

/**
 * A markdown text as its author wrote it, and the same text rendered to HTML that is safe to embed as is
 * (raw HTML escaped, unsafe link schemes dropped). Build it with {@link Markdown#render(String)}.
 */
public record RichText(String markdown, String html) {

    public static final RichText EMPTY = new RichText("", "");

    public boolean isEmpty() {
        return markdown.isBlank();
    }
}
