package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.report.Edition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The report page of the "extended" questionnaire (every key of content format 2.0), without a browser. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires-2.0")
class FormatTwoReportViewTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void the_report_says_why_a_level_is_capped_what_to_watch_and_which_options_are_not_for_the_team() {
        AssessmentState state = service.start("extended", null, "fr");
        for (var answer : Map.of("resource_type", AnswerValue.of("mixed"), "public_body", AnswerValue.of(true),
                "maintainers", AnswerValue.of(5.0), "hosting", AnswerValue.of("one_person"),
                "paid", AnswerValue.of(false), "rules_by", AnswerValue.of("community"),
                "ecological", AnswerValue.of(false)).entrySet()) {
            state = answered(state, answer.getKey(), answer.getValue());
        }

        ReportView page = navigate("a/" + state.token().value() + "/report", ReportView.class);

        String rest = page.getChildren().filter(c -> c.getClassNames().contains("pc-report-rest"))
                .map(FetchedMarkup.class::cast).findFirst().orElseThrow().markup();
        assertThat(rest).contains("Niveau plafonné : Une seule personne détient les serveurs.")
                .contains("<h4 id=\"kind-licence-software\">Code</h4>")
                .contains("<h4 id=\"kind-licence-data\">Données</h4>")
                .contains("<summary>Options non éligibles (1)</summary>")
                .contains("id=\"kind-network\"");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Edition> editions = find(RadioButtonGroup.class).single();
        test(editions).selectItem(editions.getItemLabelGenerator().apply(Edition.COMPLETE));
        assertThat(page.getChildren().filter(c -> c.getClassNames().contains("pc-report-rest"))
                .map(FetchedMarkup.class::cast).findFirst().orElseThrow().markup())
                .contains("<p class=\"label\">Points de vigilance</p>");
    }

    private AssessmentState answered(AssessmentState state, String question, AnswerValue value) {
        return ((SaveOutcome.Saved) service.answer(state.token(), question, state.versionOf(question), value)).state();
    }
}
