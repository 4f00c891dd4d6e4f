package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.ui.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The report page of the small "mini" questionnaire, without a browser. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void the_report_shows_the_ranked_options_with_reasons_linked_back_to_their_question() {
        AssessmentState state = answered(service.start("mini", "Équipe <b>test</b>", "fr"), "maintainers",
                AnswerValue.of(4.0));

        navigate("a/" + state.token().value() + "/report", ReportView.class);

        assertThat(find(H1.class).single().getText()).startsWith("Votre rapport");
        Details best = find(Details.class).withClassName("pc-option").first();
        assertThat(best.getSummaryText()).startsWith("1. Comité").endsWith("Recommandé");
        Anchor reason = find(Anchor.class).withClassName("pc-question-link").first();
        assertThat(reason.getHref()).isEqualTo("a/" + state.token().value() + "/sustain?question=maintainers");
        assertThat(find(Section.class).withId("answers").exists()).isTrue();
        assertThat(find(Anchor.class).withClassName("pc-download").all()).hasSize(4);
    }

    @Test
    void a_changed_answer_changes_the_report_the_next_time_it_opens() {
        AssessmentState state = service.start("mini", null, "fr");
        navigate("a/" + state.token().value() + "/report", ReportView.class);
        assertThat(find(Details.class).withClassName("pc-option").first().getSummaryText()).contains("Non recommandé");

        answered(state, "maintainers", AnswerValue.of(5.0));
        navigate("a/" + state.token().value() + "/report", ReportView.class);

        assertThat(find(Details.class).withClassName("pc-option").first().getSummaryText())
                .startsWith("1. Comité").endsWith("Recommandé");
    }

    @Test
    void an_unknown_token_gets_the_friendly_page_not_areport() {
        navigate("a/" + "B".repeat(43) + "/report", NotFoundView.class);
    }

    private AssessmentState answered(AssessmentState state, String question, AnswerValue value) {
        return ((SaveOutcome.Saved) service.answer(state.token(), state.version(), question, value)).state();
    }
}
