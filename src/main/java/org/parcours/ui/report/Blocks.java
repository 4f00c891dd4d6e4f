package org.parcours.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.parcours.report.Link;
import org.parcours.report.Report;
import org.parcours.markup.RichText;

/** Small pieces the report page is made of. */
final class Blocks {

    private Blocks() {
    }

    /** Markdown already rendered safely by the report model (raw HTML escaped). */
    static Component rich(RichText text) {
        return new Html("<div class=\"pc-rich\">" + text.html() + "</div>");
    }

    /** An SVG drawn on the server; it carries its own role, title and description. */
    static Component picture(String svg, String cssClass) {
        Div holder = new Div(new Html(svg));
        holder.addClassName(cssClass);
        return holder;
    }

    static UnorderedList texts(List<String> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    static UnorderedList links(List<Link> links) {
        UnorderedList list = new UnorderedList();
        for (Link link : links) {
            Anchor anchor = new Anchor(link.url(), link.title(), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            ListItem item = new ListItem(anchor);
            if (!link.note().isBlank()) {
                item.add(new Span(" — " + link.note()));
            }
            list.add(item);
        }
        return list;
    }

    static Span labelled(Report report, String labelKey, String value) {
        Span span = new Span(report.labels().format("label.colon", report.label(labelKey), value));
        span.addClassName("pc-labelled");
        return span;
    }
}
