package org.parcours.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, percents and dates as people of the report's language write them ("62,5 %" in French, "62.5%" in English). */
public final class Formats {

    private Formats() {
    }

    static String number(double value, String locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(locale));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A day as a sentence writes it: « 2 décembre 2026 », “2 December 2026”. */
    public static String longDate(LocalDate date, String locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(locale)));
    }

    static String percent(double value, String locale) {
        String number = number(Math.round(value * 10) / 10.0, locale);
        // French puts a (narrow no-break) space before the percent sign; English does not.
        return "fr".equals(locale) ? number + "\u202F%" : number + "%";
    }
}
