package org.parcours.ui.walk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.parcours.markup.Html;
import org.parcours.ui.Routes;
import org.parcours.ui.component.Markup;

/**
 * A secret link of a team diagnostic (the facilitator's, the invitation, a member's), the only key to its page:
 * shown in full with a copy button and a word on keeping it. A solo assessment's link has its own area, with its
 * renewal and erasure ({@link org.parcours.ui.ResumeArea}).
 */
public final class ResumeLink extends Div {

    /**
     * Any secret link shown the same way (a team's facilitator, invitation or member link).
     *
     * @param route the page's address; the keys name its title, the word on keeping it, and the field's label
     */
    public static ResumeLink of(com.vaadin.flow.component.Component owner, String route, String titleKey,
                                String keepKey, String labelKey) {
        return new ResumeLink(route, owner::getTranslation, titleKey, keepKey, labelKey);
    }

    private ResumeLink(String route, Texts texts, String titleKey, String keepKey, String labelKey) {
        addClassName("pc-resume");
        Markup title = new Markup("div", "pc-resume-intro").html(new Html()
                .element("h2", texts.get(titleKey)).element("p", texts.get(keepKey)));
        TextField link = new TextField(texts.get(labelKey));
        link.setReadOnly(true);
        link.addClassName("pc-resume-link");
        link.setWidthFull();
        Span copied = new Span();
        copied.getElement().setAttribute("role", "status");
        Button copy = new Button(texts.get("walk.resume.copy"), click -> {
            link.getElement().executeJs("const input = this.inputElement; input.select();"
                    + "return navigator.clipboard ? navigator.clipboard.writeText(input.value) : document.execCommand('copy');");
            copied.setText(texts.get("walk.resume.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add(title, link, copy, copied);
        UI.getCurrent().getPage().fetchCurrentURL(url ->
                link.setValue(url.getProtocol() + "://" + url.getAuthority() + "/" + route));
    }
}
