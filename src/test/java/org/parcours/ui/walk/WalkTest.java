package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.engine.AnswerValue;
import org.parcours.ui.HomeView;
import org.parcours.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.parcours.ui.component.LightOptionGroup;
import org.parcours.ui.component.LightRadioGroup;
import org.parcours.ui.component.LightCheckboxGroup;

/** The walk through the small "mini" questionnaire, driven as a team would, without a browser. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class WalkTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void starting_from_the_home_page_opens_the_first_phase_and_the_address_is_the_resume_link() {
        navigate(HomeView.class);
        test(find(TextField.class).single()).setValue("Médiathèque de Port-Louis");

        test(find(Button.class).withText("Commencer").single()).click();

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("a/[A-Za-z0-9_-]{43}/identify");
        assertThat(find(H2.class).first().getText()).isEqualTo("Identifier");
        String token = path.split("/")[1];
        assertThat(service.open(token).orElseThrow().teamName()).contains("Médiathèque de Port-Louis");
    }

    @Test
    void an_answer_is_saved_at_once_and_a_branch_shows_or_hides_the_question_that_depends_on_it() {
        AssessmentState started = openNew();
        assertThat(shown("code_public")).isFalse();

        choose(radios("Type")).selectItem("Logiciel");

        assertThat(shown("code_public")).isTrue();
        assertThat(saved(started).answers().get("resource_type")).contains(AnswerValue.of("software"));
        choose(radios("Code public ?")).selectItem("Oui");
        choose(radios("Type")).selectItem("Données");

        assertThat(shown("code_public")).isFalse();
        assertThat(saved(started).answers().get("code_public")).as("kept while hidden").contains(AnswerValue.of(true));
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("pc-save-status").single().getText())
                .startsWith("Enregistré à");
    }

    @Test
    void an_exclusive_option_clears_the_others_and_another_option_clears_it() {
        AssessmentState started = openNew();
        LightCheckboxGroup needs = checkboxes("Besoins");

        choose(needs).selectItems("Maintenance", "Construction");
        choose(needs).selectItem("Aucun");
        assertThat(saved(started).answers().get("funding_needs")).contains(AnswerValue.of(List.of("none")));

        choose(needs).selectItem("Maintenance");
        assertThat(saved(started).answers().get("funding_needs")).contains(AnswerValue.of(List.of("maintenance")));
    }

    @Test
    void a_team_name_with_markup_is_shown_as_text() {
        AssessmentState started = service.start("mini", "<img src=x onerror=alert(1)>", "fr");
        navigate("a/" + started.token().value() + "/identify", AssessmentView.class);

        assertThat(find(org.parcours.ui.component.Markup.class).withClassName("pc-walk-heading").single().html())
                .contains("<p>Équipe ou projet : &lt;img src=x onerror=alert(1)&gt;</p>").doesNotContain("<img");
    }

    @Test
    void an_option_the_question_does_not_offer_is_refused_at_the_field_and_nothing_is_saved() {
        AssessmentState started = openNew();
        choose(radios("Type")).selectItem("Logiciel");

        choose(radios("Type")).sendValue("<script>");

        assertThat(radios("Type").isInvalid()).isTrue();
        assertThat(radios("Type").getErrorMessage()).isNotBlank();
        assertThat(saved(started).answers().get("resource_type")).contains(AnswerValue.of("software"));
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("pc-save-status").single().getText())
                .isEqualTo("Réponse non enregistrée : corrigez-la ci-dessous.");
    }

    @Test
    void a_scale_step_that_is_not_a_number_is_refused_at_the_field() {
        AssessmentState started = openNew("sustain");

        choose(radios("Mainteneurs")).sendValue("trois");

        assertThat(radios("Mainteneurs").isInvalid()).isTrue();
        assertThat(saved(started).answers().get("maintainers")).isEmpty();
    }

    @Test
    void text_longer_than_allowed_is_refused_next_to_the_field_and_the_saved_text_stays() {
        AssessmentState started = openNew("sustain");
        TextArea vision = find(TextArea.class).withLabel("Vision").single();
        test(vision).setValue("Un commun vivant");

        test(vision).setValue("x".repeat(51));

        assertThat(vision.isInvalid()).isTrue();
        assertThat(vision.getErrorMessage()).contains("50");
        assertThat(saved(started).answers().get("vision")).contains(AnswerValue.text("Un commun vivant"));
    }

    @Test
    void next_is_refused_while_a_required_question_is_unanswered_then_leads_to_the_next_phase() {
        openNew();
        test(find(Button.class).withText("Continuer").single()).click();

        assertThat(radios("Type").isInvalid()).isTrue();
        assertThat(radios("Type").getErrorMessage()).isEqualTo("Cette question attend une réponse.");
        assertThat(find(H2.class).first().getText()).isEqualTo("Identifier");

        choose(radios("Type")).selectItem("Je ne sais pas");
        choose(checkboxes("Besoins")).selectItem("Aucun");
        test(find(Button.class).withText("Continuer").single()).click();

        assertThat(find(H2.class).first().getText()).isEqualTo("Pérenniser");
    }

    @Test
    void the_resume_link_reopens_the_phase_the_team_was_on_with_its_answers() {
        AssessmentState started = openNew("sustain");
        choose(radios("Mainteneurs")).selectItem("3");

        navigate("a/" + started.token().value(), AssessmentView.class);

        assertThat(find(H2.class).first().getText()).isEqualTo("Pérenniser");
        assertThat(radios("Mainteneurs").getValue()).isEqualTo("3");
        assertThat(shown("budget")).isTrue();
    }

    @Test
    void a_number_is_read_as_people_write_it_and_what_is_not_a_plain_number_is_refused_visibly() {
        AssessmentState started = openNew("sustain");
        choose(radios("Mainteneurs")).selectItem("3");
        TextField budget = find(TextField.class).withLabel("Budget").single();

        test(budget).setValue("12 000,5");
        assertThat(saved(started).answers().get("budget")).contains(AnswerValue.of(12000.5));
        assertThat(budget.isInvalid()).isFalse();

        for (String typed : List.of("2e5", "1e6", "12.5", "douze", "0x10")) {
            test(budget).setValue(typed);
            assertThat(budget.isInvalid()).as(typed).isTrue();
            assertThat(budget.getErrorMessage()).as(typed).startsWith("« " + typed + " » n'est pas un nombre");
            assertThat(saved(started).answers().get("budget")).as(typed).contains(AnswerValue.of(12000.5));
        }

        navigate("a/" + started.token().value() + "/sustain", AssessmentView.class);
        assertThat(find(TextField.class).withLabel("Budget").single().getValue()).isEqualTo("12000,5");
    }

    @Test
    void an_unknown_or_malformed_resume_link_gets_the_friendly_page() {
        navigate("a/" + "A".repeat(43), NotFoundView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Page introuvable");

        navigate("a/not-a-token", NotFoundView.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Page introuvable");
    }

    @Test
    void a_change_of_the_same_answer_made_elsewhere_is_told_and_the_team_chooses_whose_answer_stays() {
        AssessmentState started = openNew();
        service.answer(started.token(), "resource_type", 0, AnswerValue.of("data"));

        choose(radios("Type")).selectItem("Logiciel");

        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(radios("Type").getValue()).isEqualTo("data");
        assertThat(saved(started).answers().get("resource_type")).contains(AnswerValue.of("data"));

        test(find(Button.class).withText("Remettre ma réponse").single()).click();

        assertThat(saved(started).answers().get("resource_type")).contains(AnswerValue.of("software"));
        assertThat(radios("Type").getValue()).isEqualTo("software");
    }

    @Test
    void paging_and_answering_other_questions_on_another_device_never_make_this_pages_answer_a_conflict() {
        AssessmentState started = openNew();
        AssessmentState other = saved(started);
        assertThat(service.moveTo(other.token(), "sustain", 1)).isTrue();
        assertThat(service.moveTo(other.token(), "identify", 1)).isTrue();
        service.answer(other.token(), "maintainers", 0, AnswerValue.of(3.0));

        choose(radios("Type")).selectItem("Logiciel");

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(saved(started).answers().asMap()).containsEntry("resource_type", AnswerValue.of("software"))
                .containsEntry("maintainers", AnswerValue.of(3.0));
    }

    private AssessmentState openNew() {
        return openNew("identify");
    }

    private AssessmentState openNew(String phase) {
        AssessmentState started = service.start("mini", null, "fr");
        navigate("a/" + started.token().value() + "/" + phase, AssessmentView.class);
        return started;
    }

    private AssessmentState saved(AssessmentState started) {
        return service.open(started.token().value()).orElseThrow();
    }

    private boolean shown(String questionId) {
        return find(QuestionBlock.class).withId("question-" + questionId).exists();
    }

    private LightRadioGroup radios(String label) {
        return find(LightRadioGroup.class).withLabel(label).single();
    }

    private LightCheckboxGroup checkboxes(String label) {
        return find(LightCheckboxGroup.class).withLabel(label).single();
    }

    private static OptionGroupTester choose(LightOptionGroup<?, ?, ?> group) {
        return new OptionGroupTester(group);
    }
}
