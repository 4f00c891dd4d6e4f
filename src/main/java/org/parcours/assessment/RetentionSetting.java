package org.parcours.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention in force: the one an administrator chose in the console if any, else {@code parcours.retention}
 * (read at start-up; a wrong value stops it). Every use reads the one row from the database, without a cache, so
 * that on several nodes a change holds on all of them at once, for the pages as for the next purge.
 *
 * <p>Who may change it is not checked here: {@code operator.RetentionChanges} does, and writes the audit log.
 */
@Service
public class RetentionSetting {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSetting.class);
    static final String NAME = "retention";
    /** The shortest and the longest retention the console accepts (the configuration is not bounded). */
    public static final Period SHORTEST = Period.ofDays(1);
    public static final Period LONGEST = Period.ofYears(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AssessmentErasure erasure;
    private final List<ExpiringData> others;
    private final Retention configured;

    RetentionSetting(JdbcTemplate jdbc, Clock clock, AssessmentErasure erasure, List<ExpiringData> others,
            @Value("${parcours.retention:P18M}") String configured) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.erasure = erasure;
        this.others = List.copyOf(others);
        this.configured = Retention.parse(configured);
    }

    /** What an administrator stored last: the retention, who and when. */
    public record Chosen(Retention retention, String by, Instant at) {
    }

    /** The retention the purge uses now and the pages say. */
    @Transactional(readOnly = true)
    public Retention inForce() {
        return chosen().map(Chosen::retention).orElse(configured);
    }

    /** {@code parcours.retention}, in force when no administrator chose another. */
    public Retention configured() {
        return configured;
    }

    /**
     * The one an administrator chose, if any. A stored value that no longer reads (changed by hand in the
     * database) is ignored, with a warning: the configuration holds, as after « back to the default ».
     */
    @Transactional(readOnly = true)
    public Optional<Chosen> chosen() {
        List<Chosen> rows = jdbc.query("select setting_value, changed_by, changed_at from instance_setting "
                + "where name = ?", (row, i) -> {
                    try {
                        return new Chosen(Retention.parse(row.getString(1)), row.getString(2),
                                row.getTimestamp(3).toInstant());
                    } catch (IllegalArgumentException unreadable) {
                        LOG.warn("stored retention '{}' is not one, parcours.retention {} holds", row.getString(1),
                                configured);
                        return null;
                    }
                }, NAME);
        return rows.stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Checks a retention typed in the console: a calendar period of at least {@link #SHORTEST} and at most
     * {@link #LONGEST}, as {@code P18M}, {@code P2Y} or {@code P90D} (exact durations such as {@code PT36H} stay
     * for the configuration).
     *
     * @throws OutOfBounds naming the bounds and the format
     */
    public Retention accepted(String iso) {
        Retention retention;
        try {
            retention = Retention.parse(iso);
        } catch (IllegalArgumentException wrong) {
            throw new OutOfBounds(iso);
        }
        Instant now = clock.instant();
        Instant cutoff = retention.cutoff(now);
        if (!retention.duration().isZero() || cutoff.isAfter(period(SHORTEST).cutoff(now))
                || cutoff.isBefore(period(LONGEST).cutoff(now))) {
            throw new OutOfBounds(iso);
        }
        return retention;
    }

    private static Retention period(Period period) {
        return new Retention(period, Duration.ZERO);
    }

    /**
     * How many diagnostics the next purge would erase with this retention (those unchanged since its cutoff):
     * assessments, and team diagnostics.
     */
    public int wouldErase(Retention retention) {
        Instant cutoff = retention.cutoff(clock.instant());
        return erasure.countUnchangedSince(cutoff)
                + others.stream().mapToInt(other -> other.countUnchangedSince(cutoff)).sum();
    }

    /** True when this retention erases sooner than the one in force: the console asks before it holds. */
    public boolean isShorter(Retention retention) {
        Instant now = clock.instant();
        return retention.cutoff(now).isAfter(inForce().cutoff(now));
    }

    /**
     * Stores a retention {@link #accepted} as the one in force, with who chose it.
     * Each statement commits on its own, so that the insert losing to another administrator's (a duplicate key)
     * leaves nothing aborted on PostgreSQL and the update after it wins.
     */
    public void choose(Retention retention, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        String value = retention.toString();
        int updated = jdbc.update("update instance_setting set setting_value = ?, changed_by = ?, changed_at = ? "
                + "where name = ?", value, by, now, NAME);
        if (updated == 0) {
            try {
                jdbc.update("insert into instance_setting (name, setting_value, changed_by, changed_at) "
                        + "values (?, ?, ?, ?)", NAME, value, by, now);
            } catch (DuplicateKeyException anotherAdministratorJustDid) {
                jdbc.update("update instance_setting set setting_value = ?, changed_by = ?, changed_at = ? "
                        + "where name = ?", value, by, now, NAME);
            }
        }
    }

    /** Forgets the chosen retention, so that the configuration holds again. */
    public void backToConfigured() {
        jdbc.update("delete from instance_setting where name = ?", NAME);
    }

    /** A retention the console refuses; the message names the bounds and the format. */
    public static final class OutOfBounds extends IllegalArgumentException {

        OutOfBounds(String iso) {
            super("retention '" + iso + "' refused: a period from " + SHORTEST + " (1 day) to " + LONGEST
                    + " (10 years) in ISO-8601, such as P18M for 18 months, P2Y or P90D");
        }
    }
}
