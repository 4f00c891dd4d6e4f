package org.parcours.export;

import java.text.Normalizer;
import java.util.Locale;
import org.parcours.report.Report;

/**
 * A safe, meaningful file name for an export: {@code parcours-<questionnaire>-<team>-<date>.<ext>}, folded to
 * lower-case ASCII letters, digits and hyphens (accents dropped, everything else a hyphen), so it is safe on every
 * file system and in a {@code Content-Disposition} header. The team part is bounded so the name stays short.
 */
public final class ExportFileName {

    static final int MAX_PART = 40;

    private ExportFileName() {
    }

    public static String of(Report report, ExportFormat format) {
        StringBuilder name = new StringBuilder("parcours");
        append(name, report.questionnaireId());
        report.team().ifPresent(team -> append(name, team));
        append(name, report.date().toString());
        return name + "." + format.extension();
    }

    private static void append(StringBuilder name, String part) {
        String slug = slug(part);
        if (!slug.isEmpty()) name.append('-').append(slug);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_PART) slug = slug.substring(0, MAX_PART).replaceAll("-+$", "");
        return slug;
    }
}
