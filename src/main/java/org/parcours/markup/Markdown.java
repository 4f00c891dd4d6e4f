package org.parcours.markup;

import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark without raw HTML: questionnaire authors write markdown, never HTML (contract §2), so any HTML in the
 * source is shown as text, and link schemes such as {@code javascript:} are dropped. The output is well-formed
 * XHTML, so it also feeds the PDF renderer's XML parser. Links carry {@code rel="noopener noreferrer"}: the page
 * they leave has the resume link in its address, which the site they open must not learn.
 */
public final class Markdown {

    // Both are immutable and documented thread-safe: built once.
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) attributes.put("rel", "noopener noreferrer");
            }).build();

    private Markdown() {
    }

    public static RichText render(String markdown) {
        if (markdown.isBlank()) return RichText.EMPTY;
        return new RichText(markdown, RENDERER.render(PARSER.parse(markdown)).strip());
    }
}
