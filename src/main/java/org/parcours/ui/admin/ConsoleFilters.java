package org.parcours.ui.admin;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.QuestionnaireVersion;

/**
 * The console's filters: questionnaire version, status, named teams or not, and a period of starting dates. Each
 * change hands the whole filter on; an empty choice means « all ».
 */
class ConsoleFilters extends Composite<Div> {

    private final Select<Optional<QuestionnaireVersion>> version = new Select<>();
    private final Select<Optional<AssessmentFilter.Status>> status = new Select<>();
    private final Select<Optional<Boolean>> named = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    ConsoleFilters(List<QuestionnaireVersion> versions, Consumer<AssessmentFilter> onChange) {
        getContent().addClassName("pc-console-filters");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", getTranslation("console.filters"));
        List<Optional<QuestionnaireVersion>> versionItems = new ArrayList<>(List.of(Optional.empty()));
        versions.forEach(v -> versionItems.add(Optional.of(v)));
        version.setLabel(getTranslation("console.filter.questionnaire"));
        version.setItems(versionItems);
        version.setItemLabelGenerator(item -> item.map(v -> v.questionnaireId() + " " + v.version()
                + " (" + v.assessments() + ")").orElse(getTranslation("console.filter.any")));
        status.setLabel(getTranslation("console.filter.status"));
        status.setItems(Optional.empty(), Optional.of(AssessmentFilter.Status.IN_PROGRESS),
                Optional.of(AssessmentFilter.Status.FINISHED));
        status.setItemLabelGenerator(item -> item.map(s -> getTranslation("console.status." + s.name()))
                .orElse(getTranslation("console.filter.any")));
        named.setLabel(getTranslation("console.filter.team"));
        named.setItems(Optional.empty(), Optional.of(true), Optional.of(false));
        named.setItemLabelGenerator(item -> item.map(n -> getTranslation(n ? "console.filter.named"
                : "console.filter.unnamed")).orElse(getTranslation("console.filter.any")));
        from.setLabel(getTranslation("console.filter.from"));
        to.setLabel(getTranslation("console.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        version.setValue(Optional.empty());
        status.setValue(Optional.empty());
        named.setValue(Optional.empty());
        version.addValueChangeListener(e -> onChange.accept(filter()));
        status.addValueChangeListener(e -> onChange.accept(filter()));
        named.addValueChangeListener(e -> onChange.accept(filter()));
        from.addValueChangeListener(e -> onChange.accept(filter()));
        to.addValueChangeListener(e -> onChange.accept(filter()));
        getContent().add(version, status, named, from, to);
    }

    AssessmentFilter filter() {
        Optional<QuestionnaireVersion> chosen = version.getValue() == null ? Optional.empty() : version.getValue();
        return AssessmentFilter.all()
                .withQuestionnaire(chosen.map(QuestionnaireVersion::questionnaireId).orElse(null),
                        chosen.map(QuestionnaireVersion::version).orElse(null))
                .withStatus(status.getValue() == null ? null : status.getValue().orElse(null))
                .withNamed(named.getValue() == null ? null : named.getValue().orElse(null))
                .between(from.getValue(), to.getValue());
    }
}
