package org.parcours.ui.team;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.ui.MainLayout;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;

/** The page the invitation link opens: what the team is doing, an optional display name, and joining. */
@Route(value = "j/:link", layout = MainLayout.class)
public class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService service;
    private final Paragraph refusal = new Paragraph();

    JoinView(TeamService service) {
        this.service = service;
        addClassName("pc-join");
        refusal.addClassName("pc-incomplete");
        refusal.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String invitation = event.getRouteParameters().get("link").orElse("");
        TeamState team = service.invitation(invitation).orElse(null);
        if (team == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String locale = locale(team);
        removeAll();
        add(new H1(getTranslation("team.join.title", team.questionnaire().title().in(locale))));
        team.teamName().ifPresent(name -> add(new Paragraph(getTranslation("walk.team", name))));
        add(new Paragraph(getTranslation(team.mode() == TeamMode.ATELIER ? "team.mode.atelier.help"
                : "team.mode.croises.help")));
        add(new Paragraph(getTranslation(team.named() ? "team.named.help" : "team.anonymous.help")));
        if (team.closed()) {
            refusal.setText(getTranslation("team.closed"));
            add(refusal);
            return;
        }
        TextField name = new TextField(getTranslation("team.join.name"));
        name.setHelperText(getTranslation("team.join.name-help"));
        name.setMaxLength(TeamService.DISPLAY_NAME_MAX);
        name.setWidthFull();
        Button join = new Button(getTranslation("team.join.button"), click -> join(invitation, name));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, join, refusal);
    }

    private void join(String invitation, TextField name) {
        if (name.getValue().strip().length() > TeamService.DISPLAY_NAME_MAX) {
            name.setErrorMessage(getTranslation("team.join.name-too-long", TeamService.DISPLAY_NAME_MAX));
            name.setInvalid(true);
            name.focus();
            return;
        }
        switch (service.join(invitation, name.getValue())) {
            case JoinOutcome.Joined joined -> UI.getCurrent().navigate(Routes.member(joined.link().value()));
            case JoinOutcome.Full full -> refusal.setText(getTranslation("team.join.full", full.max()));
            case JoinOutcome.Closed closed -> refusal.setText(getTranslation("team.closed"));
            case JoinOutcome.NotFound gone -> refusal.setText(getTranslation("team.join.gone"));
        }
    }

    private String locale(TeamState team) {
        String language = UiTranslations.supported(getLocale()).getLanguage();
        return team.questionnaire().locales().contains(language) ? language : team.questionnaire().defaultLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.join.page-title");
    }
}
