package org.parcours.engine;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.QuestionType;

/** The engine's own messages, in every language it ships (French first). */
final class Messages {

    static final List<String> LOCALES = List.of("fr", "en");

    private static final Map<String, ResourceBundle> BUNDLES = new LinkedHashMap<>();

    static {
        for (String locale : LOCALES) {
            BUNDLES.put(locale, ResourceBundle.getBundle("org.parcours.engine.messages", Locale.forLanguageTag(locale)));
        }
    }

    private Messages() {
    }

    static LocalizedText text(String key, Object... args) {
        Map<String, String> texts = new LinkedHashMap<>();
        BUNDLES.forEach((locale, bundle) -> texts.put(locale,
                new MessageFormat(bundle.getString(key), Locale.forLanguageTag(locale)).format(args)));
        return new LocalizedText(texts, "fr");
    }

    /** The WRONG_TYPE message, naming what the question expects in each language. */
    static LocalizedText wrongType(QuestionType type) {
        Map<String, String> texts = new LinkedHashMap<>();
        BUNDLES.forEach((locale, bundle) -> texts.put(locale, new MessageFormat(bundle.getString("WRONG_TYPE"))
                .format(new Object[] {bundle.getString("type." + type.id())})));
        return new LocalizedText(texts, "fr");
    }

    /** Numbers as people write them: 3 rather than 3.0. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
