package org.parcours.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How long an assessment is kept after its last change before the purge erases it: a calendar period
 * ({@code P18M}, the default, or {@code P2Y}, {@code P90D}) or an exact duration ({@code PT36H}), as
 * {@code parcours.retention} says in ISO-8601. Either one is zero. The period is kept as written, so that the
 * pages say « 18 mois » rather than « 1 an et 6 mois ».
 */
public record Retention(Period period, Duration duration) {

    public Retention {
        if (period.isNegative() || duration.isNegative() || (period.isZero() && duration.isZero())) {
            throw new IllegalArgumentException("a retention must be longer than zero");
        }
    }

    /** @throws IllegalArgumentException naming the property and what it accepts */
    public static Retention parse(String text) {
        String iso = text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return iso.contains("T") ? new Retention(Period.ZERO, Duration.parse(iso))
                    : new Retention(Period.parse(iso), Duration.ZERO);
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            throw new IllegalArgumentException("parcours.retention: '" + text + "' is not a period such as P18M, "
                    + "P2Y or P90D, nor a duration such as PT36H, longer than zero");
        }
    }

    /** Assessments last changed before this instant have outlived the retention. */
    public Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant().minus(duration);
    }

    public int years() {
        return period.getYears();
    }

    public int months() {
        return period.getMonths();
    }

    public long days() {
        return period.getDays() + duration.toDaysPart();
    }

    public int hours() {
        return duration.toHoursPart();
    }

    public int minutes() {
        return duration.toMinutesPart();
    }

    @Override
    public String toString() {
        return period.isZero() ? duration.toString() : duration.isZero() ? period.toString() : period + " " + duration;
    }
}
