package org.parcours.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The home page: what Parcours is, whom it serves, and how the diagnostic goes. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final H2 audienceTitle = new H2();
    private final UnorderedList audience = new UnorderedList();
    private final H2 phasesTitle = new H2();
    private final Paragraph phases = new Paragraph();

    public HomeView() {
        addClassName("pc-home");
        lead.addClassName("pc-lead");
        add(title, lead, audienceTitle, audience, phasesTitle, phases);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("home.title"));
        lead.setText(getTranslation("home.lead"));
        audienceTitle.setText(getTranslation("home.audience.title"));
        audience.removeAll();
        for (String who : new String[] {"administrations", "associations", "civic-tech"}) {
            audience.add(new ListItem(getTranslation("home.audience." + who)));
        }
        phasesTitle.setText(getTranslation("home.phases.title"));
        phases.setText(getTranslation("home.phases.text"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
