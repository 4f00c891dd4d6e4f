package org.parcours.ui.team;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.parcours.team.Member;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.team.TeamView;
import org.parcours.ui.MainLayout;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;

/**
 * The comparison of a regards croisés team, by the facilitator's or a member's link: blind until the facilitator
 * opens it or every member has finished, then the most divergent questions first.
 */
@Route(value = "c/:link", layout = MainLayout.class)
public class ComparisonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService service;

    ComparisonView(TeamService service) {
        this.service = service;
        addClassName("pc-comparison-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String link = event.getRouteParameters().get("link").orElse("");
        Optional<TeamView> view = service.facilitator(link).<TeamView>map(f -> f)
                .or(() -> service.member(link).map(m -> m));
        if (view.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TeamState team = view.get().team();
        String locale = team.questionnaire().locales().contains(language()) ? language()
                : team.questionnaire().defaultLocale();
        removeAll();
        add(new H1(getTranslation("team.comparison.title", team.questionnaire().title().in(locale))));
        team.comparison().ifPresentOrElse(comparison -> add(ComparisonSection.of(this, team, comparison, locale)),
                () -> add(new Paragraph(getTranslation("team.comparison.closed",
                        team.activeMembers().stream().filter(Member::finished).count(), team.activeMembers().size()))));
        String back = view.get() instanceof TeamView.Facilitator ? Routes.team(link) : Routes.member(link);
        add(new Anchor(back, getTranslation("team.comparison.back")));
        if (team.comparisonVisible()) add(new Anchor(Routes.teamReport(link), getTranslation("team.report.open")));
    }

    private String language() {
        return UiTranslations.supported(getLocale()).getLanguage();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.comparison.page-title");
    }
}
