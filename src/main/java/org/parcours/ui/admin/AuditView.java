package org.parcours.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.parcours.operator.AuditAction;
import org.parcours.operator.AuditEntry;
import org.parcours.operator.AuditLog;
import org.parcours.ui.MainLayout;

/** The audit log, most recent first, read a page at a time from the database. Reading it is itself logged. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AuditView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("pc-audit");
        grid.setItems(query -> audit.recent(query.getOffset(), query.getLimit()).stream(), query -> audit.count());
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInOperator.current().ifPresent(operator ->
                audit.record(operator.name(), AuditAction.AUDIT_READ, null, address()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(entry -> AT.format(entry.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> entry.action().name()).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(entry -> entry.target().orElse("")).setHeader(getTranslation("audit.target"));
        grid.addColumn(entry -> entry.clientAddress().orElse("")).setHeader(getTranslation("audit.address"));
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.lead", audit.count())), grid);
    }

    static String address() {
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
