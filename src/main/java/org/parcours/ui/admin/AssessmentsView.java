package org.parcours.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.parcours.assessment.AssessmentDirectory;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.AssessmentSummary;
import org.parcours.operator.AuditAction;
import org.parcours.operator.AuditLog;
import org.parcours.operator.Erasures;
import org.parcours.operator.Operator;
import org.parcours.operator.bulk.BulkExport;
import org.parcours.operator.bulk.BulkFormat;
import org.parcours.ui.MainLayout;

/**
 * The list of assessments, newest first, filtered and read a page at a time from the database (the grid asks for
 * the rows it shows). Administrators may select some, or take the whole filtered set, and erase them after one
 * confirmation.
 */
@Route(value = "admin/assessments", layout = MainLayout.class)
@RolesAllowed({"OPERATOR", "ADMIN"})
public class AssessmentsView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    private final AssessmentDirectory directory;
    private final Erasures erasures;
    private final AuditLog audit;
    private final BulkExport export;
    private final Grid<AssessmentSummary> grid = new Grid<>();
    private final Paragraph lead = new Paragraph();
    private final Div actions = new Div();
    private AssessmentFilter filter = AssessmentFilter.all();
    private Operator operator;

    AssessmentsView(AssessmentDirectory directory, Erasures erasures, AuditLog audit, BulkExport export) {
        this.directory = directory;
        this.export = export;
        this.erasures = erasures;
        this.audit = audit;
        addClassName("pc-console");
        grid.setItems(query -> directory.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(filter));
        grid.setHeight("36rem");
        actions.addClassName("pc-console-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInOperator.current().ifPresent(signedIn -> {
            operator = signedIn.operator();
            if (operator.isAdmin()) {
                grid.setSelectionMode(Grid.SelectionMode.MULTI);
                grid.asMultiSelect().addValueChangeListener(e -> showActions());
            }
            audit.record(operator.name(), AuditAction.ASSESSMENTS_LISTED, null, AuditView.address());
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        grid.removeAllColumns();
        Dates dates = new Dates(event.getLocale());
        grid.addColumn(s -> dates.dateTime(s.createdAt())).setHeader(getTranslation("console.column.started"))
                .setAutoWidth(true);
        grid.addColumn(s -> dates.dateTime(s.updatedAt())).setHeader(getTranslation("console.column.changed"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.questionnaireId() + " " + s.questionnaireVersion())
                .setHeader(getTranslation("console.column.questionnaire")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("console.status-value", getTranslation("console.status."
                + (s.finished() ? "FINISHED" : "IN_PROGRESS")), s.percent()))
                .setHeader(getTranslation("console.column.status")).setAutoWidth(true);
        grid.addColumn(s -> s.teamName().orElse(getTranslation("console.no-team")))
                .setHeader(getTranslation("console.column.team")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::openLink)).setHeader(getTranslation("console.column.open"))
                .setAutoWidth(true);
        grid.getElement().setAttribute("aria-label", getTranslation("console.title"));
        add(new H1(getTranslation("console.title")), lead,
                new ConsoleFilters(directory.versions(), chosen -> {
                    filter = chosen;
                    refresh();
                }), actions, grid);
        refresh();
    }

    private RouterLink openLink(AssessmentSummary summary) {
        RouterLink link = new RouterLink(getTranslation("console.column.open"), AssessmentDetailView.class,
                new RouteParameters("id", Long.toString(summary.id())));
        link.getElement().setAttribute("aria-label", getTranslation("console.open", summary.id()));
        return link;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        lead.setText(getTranslation("console.lead", directory.count(filter)));
        showActions();
    }

    private void showActions() {
        actions.removeAll();
        if (operator == null) return;
        exports();
        if (!operator.isAdmin()) return;
        Set<AssessmentSummary> selected = grid.asMultiSelect().getValue();
        Button eraseSelected = new Button(getTranslation("console.erase-selected", selected.size()),
                click -> EraseConfirmation.ask(UI.getCurrent(), selected.size(), () -> eraseSelected(selected)));
        eraseSelected.setEnabled(!selected.isEmpty());
        int matching = directory.count(filter);
        Button eraseFiltered = new Button(getTranslation("console.erase-filtered", matching),
                click -> EraseConfirmation.ask(UI.getCurrent(), matching, this::eraseFiltered));
        eraseFiltered.setEnabled(matching > 0);
        eraseSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        eraseFiltered.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(eraseSelected, eraseFiltered);
    }

    /** The filtered set to download, once a questionnaire version is chosen (the columns are its questions). */
    private void exports() {
        if (filter.version().isEmpty()) {
            actions.add(new Paragraph(getTranslation("console.export.choose-version")));
            return;
        }
        for (BulkFormat format : BulkFormat.values()) {
            Anchor link = new Anchor(new BulkDownload(export, operator, filter, format),
                    getTranslation("console.export." + format.extension(), directory.count(filter)));
            link.getElement().setAttribute("download", true);
            link.addClassName("pc-download");
            actions.add(link);
        }
    }

    private void eraseSelected(Set<AssessmentSummary> selected) {
        selected.forEach(summary -> erasures.erase(operator, summary.id(), AuditView.address()));
        done(selected.size());
    }

    private void eraseFiltered() {
        done(erasures.eraseAll(operator, filter, AuditView.address()));
    }

    private void done(int erased) {
        grid.asMultiSelect().clear();
        refresh();
        Notification.show(getTranslation("console.erased", erased), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.page-title");
    }
}
