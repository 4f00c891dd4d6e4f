package org.parcours.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.parcours.assessment.AssessmentService;
import org.parcours.markup.Html;
import org.parcours.ui.component.Markup;
import org.springframework.beans.factory.annotation.Value;

/**
 * « Données personnelles »: what Parcours keeps, why, how long (the retention in force, and the session's
 * timeout, as they are), how to erase it, and its one cookie. Text only, one element.
 */
@Route(value = "donnees-personnelles", layout = MainLayout.class)
@RouteAlias(value = "personal-data", layout = MainLayout.class)
public class PrivacyView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

    private final AssessmentService service;
    private final String operatorContact;
    private final Duration sessionTimeout;
    private final Markup content = new Markup("div", "pc-privacy");

    PrivacyView(AssessmentService service, @Value("${parcours.operator-contact:}") String operatorContact,
                @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.service = service;
        this.operatorContact = operatorContact.strip();
        this.sessionTimeout = sessionTimeout;
        addClassName("pc-privacy-page");
        add(content);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String retention = RetentionText.of(service.retention(), this);
        Html html = new Html().element("h1", getTranslation("privacy.title"))
                .element("p", getTranslation("privacy.lead"), "class", "pc-lead");
        section(html, "privacy.kept.title", "privacy.kept.text");
        html.list("ul", List.of(getTranslation("privacy.kept.answers"), getTranslation("privacy.kept.team"),
                getTranslation("privacy.kept.language"), getTranslation("privacy.kept.plan"),
                getTranslation("privacy.kept.rounds"), getTranslation("privacy.kept.dates")));
        html.element("p", getTranslation("privacy.kept.not"));
        section(html, "privacy.why.title", "privacy.why.text");
        html.element("h2", getTranslation("privacy.how-long.title"))
                .element("p", getTranslation("privacy.how-long.text", retention));
        section(html, "privacy.erase.title", "privacy.erase.text");
        html.open("p");
        contact(html);
        html.close("p");
        html.element("h2", getTranslation("privacy.cookie.title"))
                .element("p", getTranslation("privacy.cookie.text", sessionTimeout.toMinutes()));
        section(html, "privacy.logs.title", "privacy.logs.text");
        content.html(html);
    }

    private void section(Html html, String title, String text) {
        html.element("h2", getTranslation(title)).element("p", getTranslation(text));
    }

    /** The operator's address as a link when it is an e-mail or web address, else as given. */
    private void contact(Html html) {
        if (operatorContact.isEmpty()) {
            html.text(getTranslation("privacy.erase.no-contact"));
            return;
        }
        html.text(getTranslation("privacy.erase.contact") + " ");
        if (EMAIL.matcher(operatorContact).matches()) {
            html.element("a", operatorContact, "href", "mailto:" + operatorContact);
        } else if (Html.isWebAddress(operatorContact)) {
            html.element("a", operatorContact, "href", operatorContact);
        } else {
            html.text(operatorContact);
        }
        html.text(".");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " — Parcours";
    }
}
