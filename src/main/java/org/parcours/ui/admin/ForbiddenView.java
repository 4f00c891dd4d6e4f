package org.parcours.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.parcours.ui.MainLayout;

/** What an operator sees on a page their role does not open, with HTTP 403. */
@ParentLayout(MainLayout.class)
public class ForbiddenView extends Div implements HasErrorParameter<ForbiddenException>, LocaleChangeObserver,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
        addClassName("pc-forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("admin.forbidden.title")), new Paragraph(getTranslation("admin.forbidden.text")),
                new RouterLink(getTranslation("admin.forbidden.home"), AdminHomeView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.forbidden.page-title");
    }
}
