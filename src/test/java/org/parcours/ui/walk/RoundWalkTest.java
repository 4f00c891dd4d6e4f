package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.NextRound;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.round.RoundService;
import org.parcours.ui.component.LightCheckboxGroup;
import org.parcours.ui.component.LightRadioGroup;
import org.parcours.ui.component.Markup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Round 2 of the "mini" questionnaire, prefilled from round 1, walked without a browser: the carried answers are
 * marked « à confirmer » with a button to confirm each, confirming or changing an answer removes its mark, and the
 * page says which round it is, how many answers remain to confirm and what the previous round left behind.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class RoundWalkTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private RoundService rounds;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void each_carried_answer_is_marked_to_confirm_in_its_fields_helper_with_a_button_naming_the_question() {
        AssessmentState second = secondRound();
        navigate("a/" + second.token().value() + "/identify", AssessmentView.class);

        assertThat(helper("resource_type")).contains("À confirmer — réponse reprise du tour précédent");
        assertThat(helper("funding_needs")).contains("À confirmer — réponse reprise du tour précédent")
                .as("the field's own helper stays").contains("Réponse obligatoire — plusieurs réponses possibles.");
        assertThat(confirmButton("Type").getText()).isEqualTo("Confirmer cette réponse");
        assertThat(find(Markup.class).withClassName("pc-walk-heading").single().html()).contains("Tour 2");
        String notice = find(Markup.class).withClassName("pc-to-confirm-notice").single().html();
        assertThat(notice).contains("5 réponses reprises du tour précédent restent à confirmer :")
                .contains("href=\"a/" + second.token().value() + "/identify?question=resource_type\"")
                .contains("Identifier (3 à confirmer)")
                .contains("href=\"a/" + second.token().value() + "/sustain?question=maintainers\"")
                .contains("Pérenniser (2 à confirmer)");
        assertThat(find(Markup.class).withClassName("pc-stepper").single().html()).contains("3 à confirmer");
    }

    @Test
    void confirming_an_answer_keeps_it_removes_its_mark_and_button_and_says_so() {
        AssessmentState second = secondRound();
        navigate("a/" + second.token().value() + "/identify", AssessmentView.class);

        test(confirmButton("Type")).click();

        AssessmentState now = saved(second);
        assertThat(now.round().toConfirm("resource_type")).isFalse();
        assertThat(now.answers().get("resource_type")).contains(AnswerValue.of("software"));
        assertThat(helper("resource_type")).doesNotContain("À confirmer");
        assertThat(find(Button.class).withAriaLabel("Confirmer cette réponse : Type").exists()).isFalse();
        assertThat(find(Span.class).withClassName("pc-save-status").single().getText())
                .startsWith("Réponse à « Type » confirmée à");
        assertThat(find(Markup.class).withClassName("pc-to-confirm-notice").single().html())
                .contains("4 réponses reprises du tour précédent restent à confirmer :")
                .contains("Identifier (2 à confirmer)");
    }

    @Test
    void the_carried_answers_of_a_page_are_confirmed_at_once_and_those_of_other_pages_stay_to_confirm() {
        AssessmentState second = secondRound();
        navigate("a/" + second.token().value() + "/identify", AssessmentView.class);
        Button confirmPage = find(Button.class).withClassName("pc-confirm-page").single();
        assertThat(confirmPage.getText()).isEqualTo("Confirmer les 3 réponses reprises sur cette page");

        test(confirmPage).click();

        AssessmentState now = saved(second);
        assertThat(now.round().toConfirm()).containsExactlyInAnyOrder("maintainers", "budget");
        assertThat(now.answers().asMap()).isEqualTo(second.answers().asMap());
        assertThat(confirmPage.isVisible()).isFalse();
        assertThat(find(Span.class).withClassName("pc-save-status").single().getText())
                .startsWith("3 réponses confirmées à");
    }

    @Test
    void changing_an_answer_saves_it_and_removes_its_mark() {
        AssessmentState second = secondRound();
        navigate("a/" + second.token().value() + "/identify", AssessmentView.class);

        new OptionGroupTester(find(LightCheckboxGroup.class).withLabel("Besoins").single())
                .selectItems("Maintenance", "Construction");

        AssessmentState now = saved(second);
        assertThat(now.answers().get("funding_needs")).contains(AnswerValue.of(List.of("maintenance", "build")));
        assertThat(now.round().toConfirm("funding_needs")).isFalse();
        assertThat(helper("funding_needs")).doesNotContain("À confirmer")
                .contains("Réponse obligatoire — plusieurs réponses possibles.");
        assertThat(find(Button.class).withAriaLabel("Confirmer cette réponse : Besoins").exists()).isFalse();
        assertThat(helper("resource_type")).as("the others still wait").contains("À confirmer");
    }

    @Test
    void confirming_while_the_field_holds_a_refused_value_confirms_the_saved_answer_and_shows_it_again() {
        AssessmentState second = secondRound();
        navigate("a/" + second.token().value() + "/sustain", AssessmentView.class);
        TextField budget = find(TextField.class).withLabel("Budget").single();
        test(budget).setValue("douze");
        assertThat(budget.isInvalid()).isTrue();

        test(confirmButton("Budget")).click();

        assertThat(budget.getValue()).isEqualTo("12000");
        assertThat(budget.isInvalid()).isFalse();
        assertThat(saved(second).round().toConfirm("budget")).isFalse();
        assertThat(saved(second).answers().get("budget")).contains(AnswerValue.of(12000.0));
    }

    @Test
    void confirming_an_answer_changed_meanwhile_elsewhere_is_told_as_a_conflict_and_the_field_shows_theirs() {
        AssessmentState second = secondRound();
        navigate("a/" + second.token().value() + "/identify", AssessmentView.class);
        service.answer(second.token(), "resource_type", second.versionOf("resource_type"), AnswerValue.of("data"));

        test(confirmButton("Type")).click();

        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(find(LightRadioGroup.class).withLabel("Type").single().getValue())
                .isEqualTo("data");
        assertThat(helper("resource_type")).as("their save confirmed it").doesNotContain("À confirmer");
        assertThat(saved(second).answers().get("resource_type")).contains(AnswerValue.of("data"));
    }

    @Test
    void what_the_previous_round_left_behind_is_listed_with_why_in_french_and_in_english() {
        AssessmentState second = secondRound();
        leftBehind(second, "code_license", null, "QUESTION_REMOVED", "Licence du code", "Code licence");
        leftBehind(second, "funding_needs", "grants", "OPTION_REMOVED", "Besoins — Subventions", "Needs — Grants");
        leftBehind(second, "maintainers", null, "TYPE_CHANGED", "Mainteneurs", "Maintainers");
        leftBehind(second, "budget", null, "INVALID", "Budget", "Budget");
        navigate("a/" + second.token().value() + "/sustain", AssessmentView.class);

        String html = find(Markup.class).withClassName("pc-left-behind").single().html();
        assertThat(html).contains("<summary>Réponses du tour précédent non reprises (4)</summary>")
                .contains("<li>Licence du code : cette question n’existe plus dans cette version du questionnaire</li>")
                .contains("<li>Besoins — Subventions : ce choix n’existe plus</li>")
                .contains("<li>Mainteneurs : la question attend maintenant un autre type de réponse</li>")
                .contains("<li>Budget : la réponse ne respecte plus les règles de la question</li>");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        html = find(Markup.class).withClassName("pc-left-behind").single().html();
        assertThat(html).contains("<summary>Answers of the previous round not carried over (4)</summary>")
                .contains("<li>Code licence: this question no longer exists in this version of the questionnaire</li>")
                .contains("<li>Needs — Grants: this choice no longer exists</li>")
                .contains("<li>Maintainers: the question now expects another kind of answer</li>")
                .contains("<li>Budget: the answer no longer follows the question’s rules</li>");
        assertThat(helper("maintainers")).contains("To confirm — answer carried over from the previous round");
        assertThat(find(Markup.class).withClassName("pc-walk-heading").single().html()).contains("Round 2");
    }

    @Test
    void a_first_round_shows_no_round_mark_notice_nor_list() {
        AssessmentState first = finished();
        navigate("a/" + first.token().value() + "/identify", AssessmentView.class);

        assertThat(find(Markup.class).withClassName("pc-walk-heading").single().html()).doesNotContain("Tour");
        assertThat(find(Markup.class).withClassName("pc-to-confirm-notice").exists()).isFalse();
        assertThat(find(Markup.class).withClassName("pc-left-behind").exists()).isFalse();
        assertThat(find(Button.class).withText("Confirmer cette réponse").exists()).isFalse();
        assertThat(helper("resource_type")).isEmpty();
    }

    /** Round 1 answered in full, then round 2 started from its answers: five carried, « à confirmer ». */
    private AssessmentState secondRound() {
        AssessmentState second = ((NextRound.Started) rounds.start(finished().token(), true)).state();
        assertThat(second.round().toConfirm()).hasSize(5);
        return second;
    }

    private AssessmentState finished() {
        AssessmentState state = service.start("mini", "Association", "fr");
        state = answer(state, "resource_type", AnswerValue.of("software"));
        state = answer(state, "code_public", AnswerValue.of(true));
        state = answer(state, "funding_needs", AnswerValue.of(List.of("maintenance")));
        state = answer(state, "maintainers", AnswerValue.of(4.0));
        state = answer(state, "budget", AnswerValue.of(12000.0));
        assertThat(state.evaluation().complete()).isTrue();
        return state;
    }

    private AssessmentState answer(AssessmentState state, String question, AnswerValue value) {
        return ((SaveOutcome.Saved) service.answer(state.token(), question, state.versionOf(question), value)).state();
    }

    /**
     * What a round started on a newer questionnaire version keeps of the previous round's answers it could not
     * take (RoundAcrossVersionsTest starts such a round for real, across two servers): here written as that start
     * writes it, so that one page shows every reason.
     */
    private void leftBehind(AssessmentState round, String question, String option, String reason, String fr,
                            String en) {
        Integer position = jdbc.queryForObject("select count(*) from round_not_carried where assessment_id = ?",
                Integer.class, round.id());
        jdbc.update("insert into round_not_carried (assessment_id, position, question_id, option_id, reason, "
                + "value_json, subject_fr, subject_en) values (?, ?, ?, ?, ?, ?, ?, ?)",
                round.id(), position, question, option, reason, "null", fr, en);
    }

    private AssessmentState saved(AssessmentState round) {
        return service.open(round.token().value()).orElseThrow();
    }

    /** The helper under a question's field: its mark, if any, then its own helper text; empty when none. */
    private String helper(String questionId) {
        QuestionBlock block = find(QuestionBlock.class).withId("question-" + questionId).single();
        return find(Markup.class).withClassName("pc-helper").from(block).all().stream().map(Markup::html)
                .findFirst().orElse("");
    }

    private Button confirmButton(String questionLabel) {
        return find(Button.class).withAriaLabel("Confirmer cette réponse : " + questionLabel).single();
    }
}
