package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.feedback.FeedbackService;
import org.parcours.feedback.Verdict;
import org.parcours.report.Edition;
import org.parcours.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The report page of the small "mini" questionnaire, without a browser: its parts and the markup they fetch. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private FeedbackService feedback;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void the_synthesis_comes_right_under_the_title_then_the_edition_and_downloads_then_the_targets_then_the_rest() {
        AssessmentState state = service.start("mini", "Équipe <b>test</b>", "fr");

        ReportView page = navigate("a/" + state.token().value() + "/report", ReportView.class);

        List<Component> parts = page.getChildren().toList();
        assertThat(parts.get(0)).isInstanceOf(H1.class);
        assertThat(((H1) parts.get(0)).getText()).startsWith("Votre rapport");
        assertThat(parts.get(2).getClassNames()).contains("pc-report-summary");
        assertThat(parts.get(3).getClassNames()).contains("pc-report-tools");
        assertThat(parts.get(4).getClassNames()).contains("pc-targets");
        assertThat(parts.get(5).getClassNames()).contains("pc-report-rest");
        assertThat(markup(page, "pc-report-summary")).startsWith("<div class=\"pc-doc\"><section id=\"summary\">");
        assertThat(find(Anchor.class).withClassName("pc-download").all()).hasSize(5);
    }

    @Test
    void every_reason_links_back_to_its_question_and_every_recommendation_asks_whether_it_helped() {
        AssessmentState state = answered(service.start("mini", null, "fr"), "maintainers", AnswerValue.of(4.0));

        String rest = markup(navigate("a/" + state.token().value() + "/report", ReportView.class), "pc-report-rest");

        assertThat(rest).contains("href=\"a/" + state.token().value() + "/sustain?question=maintainers\"")
                .contains("Cette recommandation vous a-t-elle aidé ?")
                .contains("data-rec=\"gov-committee\" data-verdict=\"USEFUL\" aria-pressed=\"false\"")
                .doesNotContain("<b>");
    }

    @Test
    void a_verdict_already_given_shows_pressed_when_the_page_opens_again() {
        AssessmentState state = answered(service.start("mini", null, "fr"), "maintainers", AnswerValue.of(4.0));
        feedback.give(state, "gov-committee", Verdict.NOT_FOR_US, "Nous sommes trois");

        String rest = markup(navigate("a/" + state.token().value() + "/report", ReportView.class), "pc-report-rest");

        assertThat(rest).contains("data-rec=\"gov-committee\" data-verdict=\"NOT_FOR_US\" aria-pressed=\"true\"")
                .contains("data-rec=\"gov-committee\" data-verdict=\"USEFUL\" aria-pressed=\"false\"");
    }

    @Test
    void the_complete_edition_adds_the_answers_with_a_way_back_to_each_question() {
        AssessmentState state = answered(service.start("mini", null, "fr"), "maintainers", AnswerValue.of(4.0));
        ReportView page = navigate("a/" + state.token().value() + "/report", ReportView.class);
        assertThat(markup(page, "pc-report-rest")).doesNotContain("id=\"answers\"");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Edition> editions = find(RadioButtonGroup.class).withClassName("pc-editions").single();
        test(editions).selectItem(
                editions.getItemLabelGenerator().apply(Edition.COMPLETE));

        assertThat(markup(page, "pc-report-rest")).contains("id=\"answers\"")
                .contains("aria-label=\"Modifier votre réponse à");
    }

    @Test
    void a_changed_answer_changes_the_report_the_next_time_it_is_fetched() {
        AssessmentState state = service.start("mini", null, "fr");
        ReportView page = navigate("a/" + state.token().value() + "/report", ReportView.class);
        assertThat(markup(page, "pc-report-rest")).contains("<li id=\"rec-gov-committee\">1. Comité");

        answered(state, "maintainers", AnswerValue.of(5.0));

        assertThat(markup(page, "pc-report-rest"))
                .contains("<div class=\"item recommended\"><h4 id=\"rec-gov-committee\">1. Comité");
    }

    @Test
    void an_unfinished_diagnostic_says_when_it_can_be_taken_again_and_offers_no_round() {
        AssessmentState state = service.start("mini", null, "fr");

        navigate("a/" + state.token().value() + "/report", ReportView.class);

        assertThat(find(NextRoundForm.class).single().getElement().getTextRecursively())
                .contains("une fois toutes les questions obligatoires répondues");
        assertThat(find(Button.class).withText("Commencer le tour 2").all()).isEmpty();
    }

    @Test
    void round_two_lists_round_one_which_reads_as_it_was_and_no_other_round_opens() {
        AssessmentState first = answered(answered(answered(service.start("mini", null, "fr"),
                "resource_type", AnswerValue.of("data")), "funding_needs", AnswerValue.of(List.of("none"))),
                "maintainers", AnswerValue.of(1.0));
        navigate("a/" + first.token().value() + "/report", ReportView.class);
        test(find(Button.class).withText("Commencer le tour 2").single()).click();
        String token = first.token().value();

        ReportView second = navigate("a/" + token + "/report", ReportView.class);

        assertThat(find(Div.class).withClassName("pc-report-status").single().getElement().getTextRecursively())
                .startsWith("Tour 2 · ");
        assertThat(find(Anchor.class).withText("Lire le tour 1").single().getHref())
                .isEqualTo("a/" + token + "/round/1");
        assertThat(second.getElement().getTextRecursively()).contains("Commencer le tour 3");
        RoundView round = navigate("a/" + token + "/round/1", RoundView.class);
        assertThat(round.getChildren().filter(H1.class::isInstance).findFirst().map(h -> ((H1) h).getText()))
                .hasValueSatisfying(title -> assertThat(title).startsWith("Tour 1 (lecture seule)"));
        navigate("a/" + token + "/round/2", NotFoundView.class);
        navigate("a/" + "B".repeat(43) + "/round/1", NotFoundView.class);
    }

    @Test
    void an_unknown_token_gets_the_friendly_page_not_a_report() {
        navigate("a/" + "B".repeat(43) + "/report", NotFoundView.class);
    }

    private static String markup(ReportView page, String part) {
        return page.getChildren().filter(c -> c.getClassNames().contains(part)).map(FetchedMarkup.class::cast)
                .findFirst().orElseThrow().markup();
    }

    private AssessmentState answered(AssessmentState state, String question, AnswerValue value) {
        return ((SaveOutcome.Saved) service.answer(state.token(), question, state.versionOf(question), value)).state();
    }
}
