package org.parcours.ui.walk;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number as people type it, read strictly: digits, an optional minus sign and one decimal part written the way
 * the page's language writes it (a comma in French, a point in English), with spaces between groups of thousands
 * in French. Anything else — an exponent ({@code 2e5}), the other decimal mark, letters — is refused rather than
 * read as something else, so that the number saved is always the number shown.
 */
record PlainNumber(String locale) {

    private static final Pattern FRENCH = Pattern.compile("-?\\d{1,3}([ \\u00A0\\u202F]\\d{3})+(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern ENGLISH = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** More digits than a double keeps would be silently rounded: refused too. */
    private static final int MAX_DIGITS = 15;

    /** What a text is: a number, nothing (blank), or not a plain number. */
    sealed interface Reading {
    }

    record Number(double value) implements Reading {
    }

    record Blank() implements Reading {
    }

    record NotANumber() implements Reading {
    }

    Reading read(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) return new Blank();
        boolean french = "fr".equals(locale);
        if (!(french ? FRENCH : ENGLISH).matcher(typed).matches()) return new NotANumber();
        String canonical = french ? typed.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.') : typed;
        if (canonical.replace("-", "").replace(".", "").length() > MAX_DIGITS) return new NotANumber();
        return new Number(new BigDecimal(canonical).doubleValue());
    }

    /** A number written back the way {@link #read} reads it: no grouping, the language's decimal mark. */
    String write(double value) {
        DecimalFormat format = new DecimalFormat("0.###############", DecimalFormatSymbols.getInstance(
                "fr".equals(locale) ? Locale.FRENCH : Locale.ENGLISH));
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
