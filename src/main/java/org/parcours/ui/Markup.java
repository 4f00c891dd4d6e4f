package org.parcours.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.parcours.markup.Xml;

/**
 * Static markup as a single element whose children the browser builds from {@code innerHTML}. The server keeps
 * one state node for it instead of one per tag and per text, which is most of what a session costs; use it for
 * text, headings and links that no listener needs to reach. Everything put in it is escaped by its builder.
 */
public class Markup extends Component {

    public Markup(String tag, String className) {
        super(new Element(tag));
        getElement().getClassList().add(className);
    }

    /** Replaces the content; {@code html} must come from {@link #escape} or an escaping renderer. */
    public Markup html(String html) {
        getElement().setProperty("innerHTML", html);
        return this;
    }

    public String html() {
        return getElement().getProperty("innerHTML", "");
    }

    public static String escape(String text) {
        return Xml.escape(text);
    }
}
