package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.engine.AnswerValue;
import org.parcours.ui.HomeView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The resume area of the walk: a new link that replaces a leaked one, and erasing the diagnostic. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ResumeAreaTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void a_new_link_replaces_the_old_one_and_the_page_goes_on_at_the_new_address() {
        AssessmentState started = openOn("sustain");

        test(button("Obtenir un nouveau lien")).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Remplacer le lien de reprise ?");
        test(button("Remplacer le lien")).click();

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        String renewed = path.split("/")[1];
        assertThat(path).matches("a/[A-Za-z0-9_-]{43}/sustain").doesNotContain(started.token().value());
        assertThat(service.open(started.token().value())).as("the old link").isEmpty();
        assertThat(service.open(renewed).orElseThrow().answers().get("maintainers")).contains(AnswerValue.of(2.0));
        assertThat(find(Span.class).withClassName("pc-resume-status").single().getText())
                .startsWith("Voici votre nouveau lien de reprise");
        assertThat(find(TextField.class).withLabel("Lien de reprise").exists()).isTrue();
    }

    @Test
    void cancelling_the_erasure_keeps_everything() {
        AssessmentState started = openOn("sustain");

        test(button("Supprimer ce diagnostic")).click();
        test(button("Annuler")).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(service.open(started.token().value())).isPresent();
    }

    @Test
    void a_confirmed_erasure_deletes_the_diagnostic_and_goes_home() {
        AssessmentState started = openOn("sustain");

        test(button("Supprimer ce diagnostic")).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Supprimer ce diagnostic ?");
        test(button("Supprimer définitivement")).click();

        assertThat(service.open(started.token().value())).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(HomeView.class);
    }

    private AssessmentState openOn(String phase) {
        AssessmentState started = service.start("mini", "Équipe du lien", "fr");
        service.answer(started.token(), "maintainers", 0, AnswerValue.of(2.0));
        navigate("a/" + started.token().value() + "/" + phase, AssessmentView.class);
        return started;
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }
}
