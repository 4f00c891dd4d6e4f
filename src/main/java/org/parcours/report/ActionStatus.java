package org.parcours.report;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a team stands on one action of its plan, in the words the French ecosystem already uses
 * (MonServiceSécurisé, Recoco): à lancer, en cours, fait, abandonné. {@code id} is the stable id the JSON export and
 * the database carry; the label is {@code tracker.status.<id>} of the report's texts.
 */
public enum ActionStatus {
    TO_START, IN_PROGRESS, DONE, ABANDONED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Done or given up: such an action is never overdue. */
    public boolean closed() {
        return this == DONE || this == ABANDONED;
    }

    public String label(ReportLabels labels) {
        return labels.get("tracker.status." + id());
    }

    public static Optional<ActionStatus> ofId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The status a person typed, in French or English, whatever its case and accents (« A lancer », "done"), or
     * its id; empty when it is none.
     */
    public static Optional<ActionStatus> parse(String typed) {
        String wanted = plain(typed);
        return Arrays.stream(values()).filter(s -> plain(s.id()).equals(wanted) || ReportLabels.LOCALES.stream()
                .anyMatch(locale -> plain(s.label(ReportLabels.of(locale))).equals(wanted))).findFirst();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
