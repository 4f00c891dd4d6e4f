package org.parcours.report;

import java.time.LocalDate;

/**
 * The comparison alone, before the team has agreed (the command line's {@code compare} without agreed answers):
 * the questionnaire it is about, its language and date, and the {@link Divergence}.
 */
public record ComparisonReport(String questionnaireId, String questionnaireVersion, String contentHash, String title,
                               String locale, LocalDate date, ReportLabels labels, Divergence divergence) {

    public String label(String key) {
        return labels.get(key);
    }

    public String dateText() {
        return Formats.longDate(date, locale);
    }
}
