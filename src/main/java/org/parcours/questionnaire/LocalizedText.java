package org.parcours.questionnaire;

import java.util.Map;

/** A text in every locale of the questionnaire; {@link #in(String)} falls back to the default locale. */
public record LocalizedText(Map<String, String> texts, String defaultLocale) {

    public LocalizedText {
        texts = Map.copyOf(texts);
    }

    public static LocalizedText of(String defaultLocale, Map<String, String> texts) {
        return new LocalizedText(texts, defaultLocale);
    }

    public String in(String locale) {
        String text = texts.get(locale);
        if (text != null) return text;
        return texts.getOrDefault(defaultLocale, texts.values().stream().findFirst().orElse(""));
    }

    @Override
    public String toString() {
        return in(defaultLocale);
    }
}
