package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.questionnaire.Question;
import org.parcours.markup.Markdown;
import org.parcours.ui.component.Markup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The shipped questionnaire's help and introductions on the walk's pages, rendered once and shared. */
@SpringBootTest
class HelpAndIntroTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    private AssessmentState started;

    @BeforeEach
    void openTheFirstPhaseInFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        started = service.start("communs-numeriques", null, "fr");
        navigate("a/" + started.token().value() + "/identify", AssessmentView.class);
    }

    @Test
    void a_questions_help_is_a_disclosure_named_after_the_question_with_its_markdown_rendered() {
        Question question = started.questionnaire().question("resource_type").orElseThrow();

        Element help = helpOf(question.id());

        assertThat(help.getTag()).isEqualTo("details");
        assertThat(help.getProperty("innerHTML"))
                .startsWith("<summary>Aide : " + question.label().in("fr") + "</summary>")
                .contains(Markdown.render(question.help().orElseThrow().in("fr")).html());
    }

    @Test
    void the_phase_introduction_is_shown_on_its_first_page() {
        String intro = started.questionnaire().phase("identify").orElseThrow().intro().orElseThrow().in("fr");

        assertThat(find(Markup.class).withClassName("pc-intro").single().html())
                .isEqualTo(Markdown.render(intro).html()).contains("<strong>commun</strong>");
    }

    @Test
    void two_teams_on_the_same_page_share_one_copy_of_the_help_markup() {
        String first = helpOf("resource_type").getProperty("innerHTML");

        AssessmentState other = service.start("communs-numeriques", null, "fr");
        navigate("a/" + other.token().value() + "/identify", AssessmentView.class);

        assertThat(helpOf("resource_type").getProperty("innerHTML")).isSameAs(first);
    }

    private Element helpOf(String questionId) {
        return find(QuestionBlock.class).withId("question-" + questionId).single().getElement().getChildren()
                .filter(child -> child.getTag().equals("details")).findFirst().orElseThrow();
    }
}
