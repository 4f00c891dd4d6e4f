package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A team's report page, without a browser: the markup its parts fetch. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class TeamReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private TeamService teams;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void the_teams_report_has_the_divergence_section_with_the_agreed_answer_and_the_members_spread() {
        TeamCreated team = teams.create("mini", TeamMode.REGARDS_CROISES, false, "Équipe", "fr");
        JoinOutcome.Joined a = (JoinOutcome.Joined) teams.join(team.invitation().value(), null);
        JoinOutcome.Joined b = (JoinOutcome.Joined) teams.join(team.invitation().value(), null);
        teams.answer(a.link(), "resource_type", 0, AnswerValue.of("data"));
        teams.answer(b.link(), "resource_type", 0, AnswerValue.of("software"));
        teams.openComparison(team.facilitator());
        teams.answer(team.facilitator(), "resource_type", 0, AnswerValue.of("software"));

        TeamReportView page = navigate("r/" + team.facilitator().value(), TeamReportView.class);

        String rest = page.getChildren().filter(c -> c.getClassNames().contains("pc-report-rest"))
                .map(FetchedMarkup.class::cast).findFirst().orElseThrow().markup();
        assertThat(rest).contains("<section id=\"divergence\">", "Là où vos regards divergent", "Réponse retenue")
                .doesNotContain("data-verdict");
        String section = rest.substring(rest.indexOf("<section id=\"divergence\">"));
        assertThat(section.substring(0, section.indexOf("</section>"))).contains("Type", "Logiciel");
        assertThat(page.getChildren().filter(c -> c.getClassNames().contains("pc-report-summary"))
                .map(FetchedMarkup.class::cast).findFirst().orElseThrow().markup())
                .contains("min 50\u202F% · médiane 75\u202F% · max 100\u202F%");
    }

    @Test
    void a_link_that_opens_no_team_gets_the_friendly_page() {
        navigate("r/" + "B".repeat(43), NotFoundView.class);
    }
}
