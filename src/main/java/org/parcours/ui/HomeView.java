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
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.parcours.markup.Markdown;

/** The home page: what Parcours is and whom it serves, and the questionnaires a team can start. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final RateLimits limits;
    private final TeamService teams;

    HomeView(AssessmentService service, RateLimits limits, TeamService teams) {
        this.service = service;
        this.limits = limits;
        this.teams = teams;
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
            if (!mayStart()) return;
            AssessmentState started = service.start(questionnaire.id(), team.getValue(), locale);
            UI.getCurrent().navigate(Routes.resume(started.token().value()));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.getElement().setAttribute("aria-label",
                getTranslation("home.start.button-label", questionnaire.title().in(locale)));
        card.add(team, start, teamForm(questionnaire, locale, team, tooLong));
        return card;
    }

    /**
     * A team diagnostic: atelier (one shared answer set, live) or regards croisés (each alone, then compared), named
     * or anonymous; it opens the facilitator's page, which shows the invitation to share.
     */
    private Details teamForm(Questionnaire questionnaire, String locale, TextField team, String tooLong) {
        String title = questionnaire.title().in(locale);
        RadioButtonGroup<TeamMode> mode = new RadioButtonGroup<>(getTranslation("home.team.mode"));
        mode.setItems(TeamMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m == TeamMode.ATELIER ? "team.mode.atelier"
                : "team.mode.croises"));
        mode.setValue(TeamMode.REGARDS_CROISES);
        mode.setHelperText(getTranslation("home.team.mode-help"));
        Checkbox named = new Checkbox(getTranslation("home.team.named"));
        named.setHelperText(getTranslation("home.team.named-help"));
        Button create = new Button(getTranslation("home.team.create"), click -> {
            if (!TeamName.fits(team.getValue())) {
                team.setErrorMessage(tooLong);
                team.setInvalid(true);
                team.focus();
                return;
            }
            if (!mayStart()) return;
            TeamCreated created = teams.create(questionnaire.id(), mode.getValue() == null ? TeamMode.REGARDS_CROISES
                    : mode.getValue(), named.getValue(), team.getValue(), locale);
            UI.getCurrent().getSession().setAttribute(Routes.invitationAttribute(created.facilitator().value()),
                    created.invitation().value());
            UI.getCurrent().navigate(Routes.team(created.facilitator().value()));
        });
        create.getElement().setAttribute("aria-label", getTranslation("home.team.create-label", title));
        Div body = new Div(new Paragraph(getTranslation("home.team.text", teams.maxMembers())), mode, named, create);
        Details details = new Details(getTranslation("home.team.title"), body);
        details.addClassName("pc-team-form");
        return details;
    }

    /** Whether this client may start one more diagnostic, solo or team; if not, it is told how long to wait. */
    private boolean mayStart() {
        try {
            limits.checkStart(ClientAddress.current());
            return true;
        } catch (RateLimitedException refused) {
            Notification notice = Notification.show(getTranslation("limit.starts",
                    Math.max(1, (refused.retryAfterSeconds() + 59) / 60)), 10_000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
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
