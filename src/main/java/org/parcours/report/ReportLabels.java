package org.parcours.report;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's fixed texts (section titles, "Effort", "Why", persona and effort names…) in one locale, from
 * {@code org/parcours/report/report_<locale>.properties}. French first: another locale falls back to French.
 */
public final class ReportLabels {

    /** The languages the report's fixed texts exist in. */
    public static final List<String> LOCALES = List.of("fr", "en");

    private static final Map<String, ReportLabels> BY_LOCALE = new TreeMap<>();

    static {
        for (String locale : LOCALES) {
            // No fallback to the JVM's default locale: each locale reads its own file only.
            ResourceBundle bundle = ResourceBundle.getBundle("org.parcours.report.report", Locale.forLanguageTag(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> patterns = new TreeMap<>();
            bundle.keySet().forEach(k -> patterns.put(k, bundle.getString(k)));
            BY_LOCALE.put(locale, new ReportLabels(locale, Collections.unmodifiableMap(patterns)));
        }
    }

    private final String locale;
    private final Map<String, String> patterns;
    private final Map<String, String> texts;

    private ReportLabels(String locale, Map<String, String> patterns) {
        this.locale = locale;
        this.patterns = patterns;
        // The files are MessageFormat patterns (an apostrophe is written ''): resolve them once.
        Map<String, String> resolved = new TreeMap<>();
        patterns.forEach((k, p) -> resolved.put(k, new MessageFormat(p, Locale.ROOT).format(new Object[0])));
        this.texts = Collections.unmodifiableMap(resolved);
    }

    public static ReportLabels of(String locale) {
        return BY_LOCALE.getOrDefault(locale, BY_LOCALE.get("fr"));
    }

    public String locale() {
        return locale;
    }

    /** The text of a key; a missing key is a programming error, caught by the bundle test. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) throw new IllegalArgumentException("no report label " + key + " in " + locale);
        return text;
    }

    /** The text of a key with {0}, {1}… filled in. */
    public String format(String key, Object... args) {
        get(key);
        return new MessageFormat(patterns.get(key), Locale.forLanguageTag(locale)).format(args);
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return texts.keySet();
    }
}
