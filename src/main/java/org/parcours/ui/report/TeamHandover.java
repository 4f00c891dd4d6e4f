package org.parcours.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.parcours.assessment.ResumeToken;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.ui.Routes;

/**
 * Turns this solo assessment into a team diagnostic, keeping its answers: the atelier's shared answers, or the
 * answers of member 1 in regards croisés. Opens the facilitator's page, which shows the invitation to share.
 */
final class TeamHandover extends Details {

    TeamHandover(TeamService teams, ResumeToken token) {
        RadioButtonGroup<TeamMode> mode = new RadioButtonGroup<>(getTranslation("home.team.mode"));
        mode.setItems(TeamMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m == TeamMode.ATELIER ? "team.mode.atelier"
                : "team.mode.croises"));
        mode.setValue(TeamMode.ATELIER);
        Checkbox named = new Checkbox(getTranslation("home.team.named"));
        named.setHelperText(getTranslation("home.team.named-help"));
        Paragraph refusal = new Paragraph();
        refusal.getElement().setAttribute("role", "alert");
        Button go = new Button(getTranslation("team.handover.button"), click -> {
            try {
                teams.fromSolo(token, mode.getValue() == null ? TeamMode.ATELIER : mode.getValue(),
                        named.getValue()).ifPresent(created -> open(created));
            } catch (IllegalStateException already) {
                refusal.setText(getTranslation("team.handover.already"));
            }
        });
        setSummaryText(getTranslation("team.handover.title"));
        add(new Div(new Paragraph(getTranslation("team.handover.text")), mode, named, go, refusal));
        addClassName("pc-team-form");
        addClassName("pc-team-handover");
    }

    private static void open(TeamCreated created) {
        UI.getCurrent().getSession().setAttribute(Routes.invitationAttribute(created.facilitator().value()),
                created.invitation().value());
        created.firstMember().ifPresent(member -> UI.getCurrent().getSession().setAttribute(
                Routes.firstMemberAttribute(created.facilitator().value()), member.value()));
        UI.getCurrent().navigate(Routes.team(created.facilitator().value()));
    }
}
