package org.parcours.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.parcours.markup.Html;

/**
 * Static markup as a single element whose children the browser builds from {@code innerHTML}. The server keeps
 * one state node for it instead of one per tag and per text, which is most of what a session costs; use it for
 * text, headings and links that no listener needs to reach. It takes an {@link Html} value only, so everything
 * put in it was escaped by construction.
 */
public class Markup extends Component {

    public Markup(String tag, String className) {
        super(new Element(tag));
        getElement().getClassList().add(className);
    }

    /** Replaces the content. */
    public Markup html(Html html) {
        getElement().setProperty("innerHTML", html.toString());
        return this;
    }

    public String html() {
        return getElement().getProperty("innerHTML", "");
    }
}
