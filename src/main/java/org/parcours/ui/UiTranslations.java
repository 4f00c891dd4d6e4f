package org.parcours.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Interface strings in French and English, from {@code i18n/ui*.properties}. French comes first so that a
 * browser asking for neither language gets French.
 */
@Component
public class UiTranslations implements I18NProvider {

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);
    private static final String BUNDLE = "i18n.ui";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException missing) {
            // A missing key must show up in tests and reviews, not break the page.
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the one asked for: same language, or French. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return FRENCH;
        }
        return LOCALES.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(FRENCH);
    }
}
