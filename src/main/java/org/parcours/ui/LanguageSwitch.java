package org.parcours.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * A button that switches the interface to the other language. It is labelled in the language it switches to,
 * and marked so with {@code lang}, so that screen readers pronounce it correctly.
 */
class LanguageSwitch extends Button implements LocaleChangeObserver {

    LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("pc-language-switch");
        addClickListener(click -> VaadinSession.getCurrent().setLocale(other(getLocale())));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale target = other(event.getLocale());
        setText(getTranslation("language.switch-label"));
        getElement().setAttribute("lang", target.getLanguage());
        getElement().setAttribute("title", getTranslation("language.switch-hint"));
    }

    private static Locale other(Locale current) {
        return UiTranslations.supported(current).equals(UiTranslations.FRENCH)
                ? UiTranslations.ENGLISH
                : UiTranslations.FRENCH;
    }
}
