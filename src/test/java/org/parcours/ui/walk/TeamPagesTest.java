package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.engine.AnswerValue;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamService;
import org.parcours.ui.HomeView;
import org.parcours.ui.NotFoundView;
import org.parcours.ui.component.LightRadioGroup;
import org.parcours.ui.component.Markup;
import org.parcours.ui.team.ComparisonView;
import org.parcours.ui.team.FacilitatorView;
import org.parcours.ui.team.JoinView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The team diagnostic's pages, driven without a browser: create, join, answer, compare, agree, report. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class TeamPagesTest extends SpringBrowserlessTest {

    @Autowired
    private TeamService teams;

    @Autowired
    private org.parcours.assessment.AssessmentService solos;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private JoinOutcome.Joined join(TeamCreated team, String name) {
        return (JoinOutcome.Joined) teams.join(team.invitation().value(), name);
    }

    private LightRadioGroup radios(String label) {
        return find(LightRadioGroup.class).withLabel(label).single();
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void the_home_page_creates_a_team_diagnostic_and_opens_the_facilitators_page_with_the_invitation() {
        navigate(HomeView.class);
        test(find(Details.class).withClassName("pc-team-form").single()).click();
        test(find(RadioButtonGroup.class).withLabel("Façon de travailler").single()).selectItem("Atelier : des réponses partagées, en direct");
        test(find(Checkbox.class).withCaption("Montrer les noms avec les réponses").single()).click();

        test(find(Button.class).withText("Créer le diagnostic d’équipe").single()).click();

        assertThat(path()).matches("t/[A-Za-z0-9_-]{43}");
        assertThat(getCurrentView()).isInstanceOf(FacilitatorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Animer le diagnostic d’équipe « Mini »");
        assertThat(find(TextField.class).withLabel("Lien d’invitation à partager").exists()).isTrue();
        var team = teams.facilitator(path().substring(2)).orElseThrow().team();
        assertThat(team.mode()).isEqualTo(TeamMode.ATELIER);
        assertThat(team.named()).isTrue();
    }

    @Test
    void the_invitation_opens_the_join_page_and_joining_opens_the_members_walk() {
        TeamCreated team = teams.create("mini", TeamMode.REGARDS_CROISES, false, "Équipe", "fr");
        navigate("j/" + team.invitation().value(), JoinView.class);
        test(find(TextField.class).withLabel("Votre nom dans l’équipe (facultatif)").single()).setValue("Alice");

        test(find(Button.class).withText("Rejoindre l’équipe").single()).click();

        assertThat(path()).matches("m/[A-Za-z0-9_-]{43}");
        assertThat(find(Markup.class).withClassName("pc-walk-heading").single().html())
                .contains("Regards croisés : vous répondez seul·e, sous le nom « Alice ».");
        new OptionGroupTester(radios("Type")).selectItem("Logiciel");
        var page = teams.member(path().substring(2)).orElseThrow();
        assertThat(page.answers().answers().get("resource_type")).contains(AnswerValue.of("software"));
        assertThat(teams.facilitator(team.facilitator().value()).orElseThrow().team().teamAnswers().answers().size())
                .isZero();
    }

    @Test
    void a_full_team_refuses_to_join_with_a_clear_message() {
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, null, "fr");
        for (int i = 0; i < teams.maxMembers(); i++) join(team, null);
        navigate("j/" + team.invitation().value(), JoinView.class);

        test(find(Button.class).withText("Rejoindre l’équipe").single()).click();

        assertThat(getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(find(Paragraph.class).withClassName("pc-incomplete").single().getText())
                .isEqualTo("Cette équipe compte déjà 50 membres, le maximum : demandez à l’animateur ou l’animatrice "
                        + "de retirer un membre.");
    }

    @Test
    void in_an_atelier_anothers_change_appears_on_the_next_poll_with_who_made_it() {
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, null, "fr");
        JoinOutcome.Joined alice = join(team, "Alice");
        JoinOutcome.Joined bob = join(team, "Bob");
        navigate("m/" + bob.link().value() + "/identify", TeamWalkView.class);
        assertThat(radios("Type").getValue()).isNull();

        teams.answer(alice.link(), "resource_type", 0, AnswerValue.of("data"));
        poll();

        assertThat(radios("Type").getValue()).isEqualTo("data");
        assertThat(find(Markup.class).withClassName("pc-last-change").first().html()).contains("Modifiée par Alice à");
        assertThat(find(Markup.class).withClassName("pc-presence").single().html()).contains("Bob — Identifier");
    }

    @Test
    void in_an_atelier_changing_an_answer_someone_else_just_changed_is_told_and_never_overwrites() {
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, null, "fr");
        JoinOutcome.Joined alice = join(team, "Alice");
        JoinOutcome.Joined bob = join(team, "Bob");
        navigate("m/" + bob.link().value() + "/identify", TeamWalkView.class);
        teams.answer(alice.link(), "resource_type", 0, AnswerValue.of("data"));

        new OptionGroupTester(radios("Type")).selectItem("Logiciel");

        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Cette réponse vient de changer ailleurs");
        assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Modifiée par Alice à"));
        assertThat(radios("Type").getValue()).isEqualTo("data");
        assertThat(teams.member(bob.link().value()).orElseThrow().answers().answers().get("resource_type"))
                .contains(AnswerValue.of("data"));
    }

    @Test
    void the_facilitator_opens_the_comparison_and_the_agreed_answers_come_most_divergent_first_prefilled() {
        TeamCreated team = teams.create("mini", TeamMode.REGARDS_CROISES, false, null, "fr");
        JoinOutcome.Joined a = join(team, "A");
        JoinOutcome.Joined b = join(team, "B");
        teams.answer(a.link(), "maintainers", 0, AnswerValue.of(1));
        teams.answer(b.link(), "maintainers", 0, AnswerValue.of(5));
        teams.answer(a.link(), "resource_type", 0, AnswerValue.of("data"));
        teams.answer(b.link(), "resource_type", 0, AnswerValue.of("data"));
        navigate("t/" + team.facilitator().value(), FacilitatorView.class);

        test(find(Button.class).withText("Ouvrir la comparaison").single()).click();

        var editors = find(AnswerEditor.class).all();
        // then the free text, which is not compared but agreed too
        assertThat(editors).extracting(e -> e.question().id()).containsExactly("maintainers", "resource_type", "vision");
        assertThat(radios("Type").getValue()).isEqualTo("data");
        assertThat(radios("Mainteneurs").getValue()).isEqualTo("3");
        new OptionGroupTester(radios("Mainteneurs")).selectItem("4");
        assertThat(teams.facilitator(team.facilitator().value()).orElseThrow().team().teamAnswers().answers()
                .get("maintainers")).contains(AnswerValue.of(4));
    }

    @Test
    void the_facilitator_erases_the_team_diagnostic_after_a_confirmation_and_every_link_then_leads_nowhere() {
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, "Atelier à effacer", "fr");
        JoinOutcome.Joined member = join(team, null);
        teams.answer(member.link(), "resource_type", 0, AnswerValue.of("data"));
        navigate("t/" + team.facilitator().value(), FacilitatorView.class);

        test(find(Button.class).withText("Supprimer ce diagnostic d’équipe").single()).click();
        Dialog confirmation = find(Dialog.class).single();
        assertThat(teams.facilitator(team.facilitator().value())).as("nothing before the confirmation").isPresent();
        test(find(Button.class).withText("Supprimer définitivement").from(confirmation).single()).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(teams.facilitator(team.facilitator().value())).isEmpty();
        assertThat(teams.member(member.link().value())).isEmpty();
        navigate("t/" + team.facilitator().value(), NotFoundView.class);
    }

    @Test
    void the_comparison_page_is_blind_until_opened_then_lists_the_most_divergent_question_first() {
        TeamCreated team = teams.create("mini", TeamMode.REGARDS_CROISES, true, null, "fr");
        JoinOutcome.Joined a = join(team, "Alice");
        JoinOutcome.Joined b = join(team, "Bob");
        teams.answer(a.link(), "resource_type", 0, AnswerValue.of("data"));
        teams.answer(b.link(), "resource_type", 0, AnswerValue.of("software"));
        teams.answer(a.link(), "maintainers", 0, AnswerValue.of(3));
        teams.answer(b.link(), "maintainers", 0, AnswerValue.of(3));
        teams.reason(b.link(), "resource_type", "Le code d’abord");
        navigate("c/" + a.link().value(), ComparisonView.class);
        assertThat(find(Paragraph.class).first().getText()).startsWith("La comparaison n’est pas encore ouverte");

        teams.openComparison(team.facilitator());
        navigate("c/" + a.link().value(), ComparisonView.class);

        String html = find(Markup.class).withClassName("pc-comparison-section").single().html();
        assertThat(html.indexOf("<h3>Type</h3>")).isLessThan(html.indexOf("<h3>Mainteneurs</h3>"));
        assertThat(html).contains("Divergence\u00A0: 100\u202F%", "Bob : Le code d’abord",
                "<li>Alice\u00A0: Données</li>", "<li>Bob\u00A0: Logiciel</li>");
    }

    @Test
    void a_solo_report_continues_as_a_team_keeping_its_answers() {
        var solo = solos.start("mini", "Solo", "fr");
        solos.answer(solo.token(), "resource_type", 0, AnswerValue.of("data"));
        navigate("a/" + solo.token().value() + "/report", org.parcours.ui.report.ReportView.class);
        test(find(Details.class).withClassName("pc-team-handover").single()).click();
        test(find(RadioButtonGroup.class).withLabel("Façon de travailler").single()).selectItem("Regards croisés : chacun seul, puis ensemble");

        test(find(Button.class).withText("Créer le diagnostic d’équipe à partir de celui-ci").single()).click();

        assertThat(path()).matches("t/[A-Za-z0-9_-]{43}");
        assertThat(find(TextField.class).withLabel("Votre lien personnel").exists()).isTrue();
        var team = teams.facilitator(path().substring(2)).orElseThrow().team();
        assertThat(team.mode()).isEqualTo(TeamMode.REGARDS_CROISES);
        assertThat(team.activeMembers()).hasSize(1);
        assertThat(team.teamName()).contains("Solo");

        navigate("a/" + solo.token().value() + "/report", org.parcours.ui.report.ReportView.class);
        test(find(Details.class).withClassName("pc-team-handover").single()).click();
        test(find(Button.class).withText("Créer le diagnostic d’équipe à partir de celui-ci").single()).click();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Ce diagnostic est déjà devenu un diagnostic d’équipe : ouvrez-le avec son lien d’animation.");
    }

    @Test
    void a_revoked_or_tampered_link_gets_the_not_found_page() {
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, null, "fr");
        JoinOutcome.Joined a = join(team, null);
        teams.revoke(team.facilitator(), a.member().number());

        navigate("m/" + a.link().value(), NotFoundView.class);
        navigate("t/" + "A".repeat(43), NotFoundView.class);
        navigate("j/not-a-link", NotFoundView.class);
        navigate("c/" + team.invitation().value(), NotFoundView.class);
        navigate("r/" + "x", NotFoundView.class);
    }
}
