package org.parcours.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.function.UnaryOperator;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.ResumeToken;
import org.parcours.markup.Html;
import org.parcours.ui.component.Markup;

/**
 * The resume link, the only key to an assessment, and what a team can do with it: copy it, replace it by a new
 * one when it leaked (the old one stops working at once), or erase the diagnostic for good. On the walk and on
 * the report page alike. Its dialogs are built when asked for, so a page holds only the three buttons.
 */
public final class ResumeArea extends Div {

    /** Set on the UI just before the page opens again on a new link, so that it says so; read once. */
    private static final String RENEWED = "pc-link-renewed";

    private final AssessmentService service;
    private final AssessmentErasure erasure;
    private final ResumeToken token;
    private final UnaryOperator<String> pageFor;

    /**
     * @param pageFor the address of this same page with another token, where the team goes on with a new link
     */
    public ResumeArea(AssessmentService service, AssessmentErasure erasure, ResumeToken token,
                      UnaryOperator<String> pageFor) {
        this.service = service;
        this.erasure = erasure;
        this.token = token;
        this.pageFor = pageFor;
        addClassName("pc-resume");
        Markup intro = new Markup("div", "pc-resume-intro").html(new Html()
                .element("h2", getTranslation("walk.resume.title"))
                .element("p", getTranslation("walk.resume.keep"))
                .open("p").text(getTranslation("resume.retention", RetentionText.of(service.retention(), this)) + " ")
                .element("a", getTranslation("layout.privacy"), "router-link", "",
                        "href", RouteConfiguration.forApplicationScope().getUrl(PrivacyView.class))
                .close("p"));
        TextField link = new TextField(getTranslation("walk.resume.label"));
        link.setReadOnly(true);
        link.addClassName("pc-resume-link");
        link.setWidthFull();
        Span said = new Span();
        said.addClassName("pc-resume-status");
        said.getElement().setAttribute("role", "status");
        Button copy = new Button(getTranslation("walk.resume.copy"), click -> {
            link.getElement().executeJs("const input = this.inputElement; input.select();"
                    + "return navigator.clipboard ? navigator.clipboard.writeText(input.value) : document.execCommand('copy');");
            said.setText(getTranslation("walk.resume.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Button renew = new Button(getTranslation("resume.renew"), click -> askToRenew());
        renew.addClassName("pc-renew-link");
        Button erase = new Button(getTranslation("resume.erase"), click -> askToErase());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClassName("pc-erase");
        Div actions = new Div(copy, renew, erase);
        actions.addClassName("pc-resume-actions");
        add(intro, link, actions, said);
        UI ui = UI.getCurrent();
        ui.getPage().fetchCurrentURL(url ->
                link.setValue(url.getProtocol() + "://" + url.getAuthority() + "/" + Routes.resume(token.value())));
        if (Boolean.TRUE.equals(ComponentUtil.getData(ui, RENEWED))) {
            ComponentUtil.setData(ui, RENEWED, null);
            said.setText(getTranslation("resume.renewed"));
            link.focus();
        }
    }

    private void askToRenew() {
        new Confirmation(getTranslation("resume.renew.title"), getTranslation("resume.renew.text"),
                getTranslation("resume.renew.confirm"), false, this::renew).ask();
    }

    private void askToErase() {
        new Confirmation(getTranslation("resume.erase.title"), getTranslation("resume.erase.text"),
                getTranslation("resume.erase.confirm"), true, this::erase).ask();
    }

    private void renew() {
        UI ui = UI.getCurrent();
        service.renewLink(token).ifPresentOrElse(renewed -> {
            ComponentUtil.setData(ui, RENEWED, Boolean.TRUE);
            ui.navigate(pageFor.apply(renewed.value()));
        }, () -> ui.navigate(pageFor.apply(token.value())));
    }

    private void erase() {
        erasure.erase(token);
        UI ui = UI.getCurrent();
        ui.navigate(HomeView.class);
        Notification.show(getTranslation("resume.erased"), 8000, Notification.Position.TOP_CENTER);
    }
}
