package org.parcours.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.parcours.assessment.RetentionSetting;
import org.parcours.ui.MainLayout;
import org.parcours.ui.RetentionText;

/** The operator area's home: who is signed in, with which role, where to go, and how to sign out. */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed({"OPERATOR", "ADMIN"})
public class AdminHomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final RetentionSetting retention;

    AdminHomeView(RetentionSetting retention) {
        this.retention = retention;
        addClassName("pc-admin");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("admin.title")));
        SignedInOperator.current().ifPresent(operator -> {
            add(new Paragraph(getTranslation("admin.signed-in", operator.name(),
                    getTranslation("admin.role." + operator.role()))));
            add(menu(operator));
        });
        add(new Paragraph(getTranslation("admin.retention", RetentionText.of(retention.inForce(), this))));
        add(SignOutForm.of(getTranslation("admin.sign-out")));
    }

    private Nav menu(SignedInOperator operator) {
        UnorderedList links = new UnorderedList();
        links.add(new ListItem(new RouterLink(getTranslation("admin.assessments-link"), AssessmentsView.class)));
        links.add(new ListItem(new RouterLink(getTranslation("admin.aggregates-link"), AggregatesView.class)));
        links.add(new ListItem(new RouterLink(getTranslation("admin.retention-link"), RetentionView.class)));
        if (operator.hasRole("ADMIN")) {
            links.add(new ListItem(new RouterLink(getTranslation("admin.audit-link"), AuditView.class)));
        }
        Nav nav = new Nav(links);
        nav.getElement().setAttribute("aria-label", getTranslation("admin.title"));
        return nav;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.page-title");
    }
}
