package org.parcours.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.parcours.assessment.AssessmentDirectory;
import org.parcours.assessment.QuestionnaireVersion;
import org.parcours.operator.AuditAction;
import org.parcours.operator.AuditLog;
import org.parcours.operator.aggregate.AggregateService;
import org.parcours.operator.aggregate.Aggregates;
import org.parcours.ui.MainLayout;
import org.parcours.ui.UiTranslations;

/**
 * The figures of one questionnaire version, each computed over at least k assessments: charts drawn on the server
 * with their text alternatives, and the same figures to download as CSV, ODS or open-data JSON.
 */
@Route(value = "admin/aggregates", layout = MainLayout.class)
@RolesAllowed({"OPERATOR", "ADMIN"})
public class AggregatesView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    private final AggregateService aggregates;
    private final AssessmentDirectory directory;
    private final AuditLog audit;
    private final Div figures = new Div();
    private String operator = "?";

    AggregatesView(AggregateService aggregates, AssessmentDirectory directory, AuditLog audit) {
        this.aggregates = aggregates;
        this.directory = directory;
        this.audit = audit;
        addClassName("pc-aggregates");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInOperator.current().ifPresent(signedIn -> operator = signedIn.name());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        List<QuestionnaireVersion> versions = directory.versions();
        add(new H1(getTranslation("aggregates.title")),
                new Paragraph(getTranslation("aggregates.lead", aggregates.threshold())));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("aggregates.none")));
            return;
        }
        Select<QuestionnaireVersion> version = new Select<>();
        version.setLabel(getTranslation("console.filter.questionnaire"));
        version.setItems(versions);
        version.setItemLabelGenerator(v -> v.questionnaireId() + " " + v.version());
        version.addValueChangeListener(change -> show(change.getValue()));
        add(version, figures);
        version.setValue(versions.getLast());
    }

    private void show(QuestionnaireVersion chosen) {
        figures.removeAll();
        if (chosen == null) return;
        String language = UiTranslations.supported(getLocale()).getLanguage();
        Aggregates computed = aggregates.compute(chosen.questionnaireId(), chosen.version(), language);
        audit.record(operator, AuditAction.AGGREGATES_READ, chosen.questionnaireId() + " " + chosen.version(),
                AuditView.address());
        figures.add(new AggregateFigures(computed, this::getTranslation).markup());
        if (!computed.shown()) return;
        Div downloads = new Div();
        downloads.addClassName("pc-downloads");
        for (AggregateDownload.Format format : AggregateDownload.Format.values()) {
            Anchor link = new Anchor(new AggregateDownload(computed, format, audit, operator),
                    getTranslation("aggregates.download." + format.extension));
            link.getElement().setAttribute("download", true);
            downloads.add(link);
        }
        figures.add(downloads);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aggregates.page-title");
    }
}
