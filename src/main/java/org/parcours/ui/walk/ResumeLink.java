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
 * The resume link, the only key to this assessment: shown in full with a copy button and a word on keeping it.
 */
final class ResumeLink extends Div {

    ResumeLink(String token, Texts texts) {
        addClassName("pc-resume");
        Markup title = new Markup("div", "pc-resume-intro").html(new Html()
                .element("h2", texts.get("walk.resume.title")).element("p", texts.get("walk.resume.keep")));
        TextField link = new TextField(texts.get("walk.resume.label"));
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
                link.setValue(url.getProtocol() + "://" + url.getAuthority() + "/" + Routes.resume(token)));
    }
}
