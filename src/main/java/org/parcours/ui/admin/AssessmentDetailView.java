package org.parcours.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.StoredAssessment;
import org.parcours.operator.AuditAction;
import org.parcours.operator.AuditLog;
import org.parcours.operator.Erasures;
import org.parcours.operator.Operator;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.ui.MainLayout;
import org.parcours.ui.UiTranslations;

/**
 * One assessment, read-only, as its report model says it (scores and levels, the plan, the answers): nothing the
 * operator could change, no resume link. Administrators may erase it after one confirmation.
 */
@Route(value = "admin/assessments/:id", layout = MainLayout.class)
@RolesAllowed({"OPERATOR", "ADMIN"})
public class AssessmentDetailView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final Erasures erasures;
    private final AuditLog audit;
    private final Clock clock;
    private Optional<StoredAssessment> assessment = Optional.empty();
    private long id;
    private Operator operator;

    AssessmentDetailView(AssessmentService service, Erasures erasures, AuditLog audit, Clock clock) {
        this.service = service;
        this.erasures = erasures;
        this.audit = audit;
        this.clock = clock;
        addClassName("pc-console-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        assessment = id < 0 ? Optional.empty() : service.byId(id);
        SignedInOperator.current().ifPresent(signedIn -> {
            operator = signedIn.operator();
            audit.record(operator.name(), AuditAction.ASSESSMENT_READ, "assessment " + id, AuditView.address());
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new RouterLink(getTranslation("detail.back"), AssessmentsView.class));
        add(new H1(getTranslation("detail.title", id)));
        if (assessment.isEmpty()) {
            add(new Paragraph(getTranslation("detail.not-found")));
            return;
        }
        StoredAssessment stored = assessment.get();
        String language = UiTranslations.supported(event.getLocale()).getLanguage();
        ReportContext context = ReportContext.of(clock);
        Report report = ReportBuilder.build(stored.evaluation(), language,
                stored.teamName().map(context::withTeam).orElse(context));
        add(new AssessmentSummaryMarkup(report, stored, new Dates(event.getLocale()), this::getTranslation).markup());
        if (operator != null && operator.isAdmin()) {
            Button erase = new Button(getTranslation("detail.erase"), click -> EraseConfirmation.ask(UI.getCurrent(),
                    1, () -> {
                        erasures.erase(operator, stored.id(), AuditView.address());
                        UI.getCurrent().navigate(AssessmentsView.class);
                    }));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(erase);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("detail.page-title", id);
    }
}
