package org.parcours.ui;

import org.parcours.markup.Html;
import org.parcours.ui.component.Markup;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * The shell around every page: a skip link, a header with the product name and the language switch, the main
 * landmark that holds the current view, and a footer naming the licences and linking to the personal-data page.
 */
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {

    static final String MAIN_ID = "main-content";

    private final Anchor skipLink = new Anchor("#" + MAIN_ID);
    private final Markup brand = new Markup("div", "pc-brand");
    private final Main main = new Main();
    private final Footer footer = new Footer();
    private final Markup footerText = new Markup("p", "pc-footer-text");

    public MainLayout() {
        addClassName("pc-shell");
        skipLink.addClassName("pc-skip-link");
        main.setId(MAIN_ID);
        main.addClassName("pc-main");
        main.getElement().setAttribute("tabindex", "-1");

        Header header = new Header(brand, new LanguageSwitch());
        header.addClassName("pc-header");
        footer.addClassName("pc-footer");
        footer.add(footerText);
        add(skipLink, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("layout.skip-to-content"));
        // Text only, one element: the product name links home the way a RouterLink would (router-link).
        brand.html(new Html()
                .open("a", "class", "pc-product", "router-link", "",
                        "href", RouteConfiguration.forApplicationScope().getUrl(HomeView.class))
                .text("Parcours").close("a")
                .element("span", getTranslation("layout.tagline"), "class", "pc-tagline"));
        footerText.html(new Html().text(getTranslation("layout.footer") + " · ")
                .element("a", getTranslation("layout.privacy"), "router-link", "",
                        "href", RouteConfiguration.forApplicationScope().getUrl(PrivacyView.class)));
        String language = UiTranslations.supported(event.getLocale()).getLanguage();
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", language);
    }

}
