package org.parcours.report;

/**
 * A fit in words rather than a number, which reads as nothing to a team: « très adapté » from 6, « adapté » from 3,
 * « possible » from 1, « peu adapté » at 0 or below. The thresholds suit the weights questionnaires use (a strong
 * criterion is worth 2 to 3); docs/questionnaire-format.md says so to authors.
 */
public enum FitWord {
    VERY_GOOD, GOOD, POSSIBLE, POOR;

    public static FitWord of(int fit) {
        if (fit >= 6) return VERY_GOOD;
        if (fit >= 3) return GOOD;
        if (fit >= 1) return POSSIBLE;
        return POOR;
    }

    /** The label key: {@code fit.very_good}… */
    public String key() {
        return "fit." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
