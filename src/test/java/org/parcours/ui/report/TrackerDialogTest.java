package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.tracker.ActionChange;
import org.parcours.tracker.TrackerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The follow-up dialog on the real tracker: a change saved, a change made meanwhile told with its values. */
@SpringBootTest
class TrackerDialogTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService assessments;

    @Autowired
    private TrackerService tracker;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void a_change_made_meanwhile_is_told_with_the_values_now_saved_and_saving_again_keeps_one_s_own() {
        AssessmentState state = assessments.start("communs-numeriques", "", "fr");
        String action = ReportBuilder.build(state.evaluation(), "fr", ReportContext.on(java.time.LocalDate.now()))
                .planItems().getFirst().action().id();
        AtomicReference<ActionTracking> saved = new AtomicReference<>();
        TrackerDialog dialog = new TrackerDialog("Carte", "fr", ActionTracking.UNTRACKED, java.util.List.of(),
                (version, change, by) -> tracker.change(state, action, version, change, by), saved::set);
        dialog.open();
        tracker.change(state, action, 0, new ActionChange(ActionStatus.ABANDONED, Optional.of("Bob"),
                Optional.empty(), Optional.empty()), Optional.of("Bob"));

        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = find(Select.class).single();
        test(status).selectItem("fait");
        test(button("Enregistrer")).click();

        assertThat(find(Paragraph.class).withClassName("pc-tracker-problem").single().getText())
                .startsWith("Modifié entre-temps par un autre membre").contains("abandonné");
        assertThat(status.getValue()).isEqualTo(ActionStatus.ABANDONED);
        assertThat(find(TextField.class).withCaption("Responsable (une personne, un service, un partenaire)")
                .single().getValue()).isEqualTo("Bob");
        assertThat(saved).hasNullValue();

        test(status).selectItem("fait");
        test(button("Enregistrer")).click();

        assertThat(saved.get().status()).isEqualTo(ActionStatus.DONE);
        assertThat(tracker.tracking(state.id()).of(action).status()).isEqualTo(ActionStatus.DONE);
        new TrackerDialog("Carte", "fr", saved.get(), tracker.history(state.id(), action), (v, c, b) -> null,
                saved::set).open();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(line -> line.contains("Bob : statut « rien » → « abandonné »"))
                .anyMatch(line -> line.contains("un membre : statut « abandonné » → « fait »"));
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }
}
