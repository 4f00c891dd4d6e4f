package org.parcours.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.TeamName;
import org.parcours.limits.RateLimitedException;
import org.parcours.limits.RateLimits;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.markup.Markdown;

/** The home page: what Parcours is and whom it serves, and the questionnaires a team can start. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final RateLimits limits;

    HomeView(AssessmentService service, RateLimits limits) {
        this.service = service;
        this.limits = limits;
        addClassName("pc-home");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("pc-lead");
        add(new H1(getTranslation("home.title")), lead);
        add(new H2(getTranslation("home.start.title")));
        service.questionnaires().forEach(questionnaire -> add(startCard(questionnaire, language())));
        add(new H2(getTranslation("home.audience.title")), audience());
        add(new H2(getTranslation("home.phases.title")), new Paragraph(getTranslation("home.phases.text")));
    }

    private Section startCard(Questionnaire questionnaire, String language) {
        String locale = questionnaire.locales().contains(language) ? language : questionnaire.defaultLocale();
        Section card = new Section();
        card.addClassName("pc-card");
        card.add(new H3(questionnaire.title().in(locale)));
        card.add(new Html("<div class=\"pc-description\">"
                + Markdown.render(questionnaire.description().in(locale)).html() + "</div>"));
        questionnaire.durationMinutes().ifPresent(minutes ->
                card.add(new Paragraph(getTranslation("home.start.duration", minutes))));
        TextField team = new TextField(getTranslation("home.start.team"));
        team.setHelperText(getTranslation("home.start.team-help"));
        team.setMaxLength(TeamName.MAX_LENGTH);
        String tooLong = getTranslation("home.start.team-too-long", TeamName.MAX_LENGTH);
        team.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong));
        team.setWidthFull();
        Button start = new Button(getTranslation("home.start.button"), click -> {
            // The browser's maxlength keeps typing within the limit, but not what a tampered page sends.
            if (!TeamName.fits(team.getValue())) {
                team.setErrorMessage(tooLong);
                team.setInvalid(true);
                team.focus();
                return;
            }
            try {
                limits.checkStart(ClientAddress.current());
            } catch (RateLimitedException refused) {
                Notification notice = Notification.show(getTranslation("limit.starts",
                        Math.max(1, (refused.retryAfterSeconds() + 59) / 60)), 10_000, Notification.Position.MIDDLE);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            AssessmentState started = service.start(questionnaire.id(), team.getValue(), locale);
            UI.getCurrent().navigate(Routes.resume(started.token().value()));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.getElement().setAttribute("aria-label",
                getTranslation("home.start.button-label", questionnaire.title().in(locale)));
        card.add(team, start);
        return card;
    }

    private UnorderedList audience() {
        UnorderedList audience = new UnorderedList();
        for (String who : new String[] {"administrations", "associations", "civic-tech"}) {
            audience.add(new ListItem(getTranslation("home.audience." + who)));
        }
        return audience;
    }

    private String language() {
        return UiTranslations.supported(getLocale()).getLanguage();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
