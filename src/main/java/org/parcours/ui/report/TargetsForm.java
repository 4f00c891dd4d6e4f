package org.parcours.ui.report;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.assessment.AssessmentState;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Phase;
import org.parcours.report.Targets;
import org.parcours.round.RoundService;

/**
 * The level the team aims at for each scored phase, saved as soon as it is chosen: the synthesis then shows the
 * gap, and the next round starts with the same targets.
 */
final class TargetsForm extends Details {

    /** What the page does once a target is saved: show the synthesis again, and say it. */
    @FunctionalInterface
    interface Saved extends java.io.Serializable {
        void saved(String message);
    }

    private static final String NONE = "";

    TargetsForm(RoundService rounds, AssessmentState state, String language, Saved saved) {
        setSummaryText(getTranslation("targets.title"));
        addClassName("pc-team-form");
        addClassName("pc-targets");
        Paragraph refusal = new Paragraph();
        refusal.getElement().setAttribute("role", "alert");
        Div body = new Div(new Paragraph(getTranslation("targets.text")));
        Map<String, String> current = rounds.targets(state);
        for (Phase phase : state.questionnaire().phases()) {
            List<Band> levels = Targets.levels(state.questionnaire(), phase.id());
            if (levels.isEmpty()) continue;
            String title = phase.title().in(language);
            Select<String> select = new Select<>();
            select.setLabel(title);
            List<String> items = new ArrayList<>(List.of(NONE));
            levels.forEach(band -> items.add(band.level()));
            select.setItems(items);
            select.setItemLabelGenerator(level -> level.equals(NONE) ? getTranslation("targets.none")
                    : levels.stream().filter(b -> b.level().equals(level)).findFirst()
                            .map(b -> b.label().in(language)).orElse(level));
            select.setValue(current.getOrDefault(phase.id(), NONE));
            select.addValueChangeListener(change -> {
                if (!change.isFromClient() || change.getValue() == null) return;
                Optional<String> level = Optional.of(change.getValue()).filter(l -> !l.equals(NONE));
                List<String> problems = rounds.setTarget(state, phase.id(), level);
                if (!problems.isEmpty()) {
                    refusal.setText(getTranslation("targets.refused", title));
                    return;
                }
                refusal.setText("");
                saved.saved(getTranslation(level.isPresent() ? "targets.saved" : "targets.cleared", title));
            });
            body.add(select);
        }
        body.add(refusal);
        add(body);
    }
}
