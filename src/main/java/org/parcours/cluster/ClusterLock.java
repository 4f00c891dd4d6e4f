package org.parcours.cluster;

import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a job on one node at a time, across every node on the same database: the {@code scheduled_lock} table, with
 * ShedLock's algorithm. A node takes the lock by moving {@code locked_until} forward with an UPDATE that matches only
 * an expired lock (the database serialises concurrent UPDATEs of one row and rechecks the condition, so one wins), or
 * by inserting the row the first time; when the job ends the lock is held until {@code locked_at + atLeast}, so
 * nodes whose schedules fire a little later in the same period find it taken. {@code atMost} frees the lock of a
 * node killed while it held it.
 *
 * <p>Why a table rather than PostgreSQL's advisory locks: the same code and the same test run on H2 (the default
 * database, and a single node's) and on PostgreSQL, an advisory lock would need an H2 fallback, and it lasts only as
 * long as the job's connection, so it cannot say "done for this period" to a node whose schedule fires a second
 * later. Times are the database's ({@code CURRENT_TIMESTAMP}), so the nodes' clocks need not agree.
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final NodeName node;

    ClusterLock(JdbcTemplate jdbc, NodeName node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /**
     * Runs {@code job} if no node holds the lock {@code name}; returns whether it ran here. The lock is held at most
     * {@code atMost} (a node that dies holding it), and at least {@code atLeast} from the start.
     */
    public boolean runExclusively(String name, Duration atMost, Duration atLeast, Runnable job) {
        if (!acquire(name, atMost)) {
            return false;
        }
        try {
            job.run();
        } finally {
            release(name, atLeast);
        }
        return true;
    }

    /** Which node holds or last held the lock, if it was ever taken. */
    public Optional<String> holder(String name) {
        return jdbc.queryForList("select locked_by from scheduled_lock where name = ?", String.class, name)
                .stream().findFirst();
    }

    /** This node's name in the lock table and the logs. */
    public String node() {
        return node.value();
    }

    private boolean acquire(String name, Duration atMost) {
        int taken = jdbc.update("update scheduled_lock set locked_until = " + later("?") + ", locked_at = "
                + "current_timestamp, locked_by = ? where name = ? and locked_until <= current_timestamp",
                atMost.toMillis(), node.value(), name);
        if (taken == 1) {
            return true;
        }
        try {
            // First use of this name anywhere: the primary key lets one of the nodes inserting at once succeed.
            return jdbc.update("insert into scheduled_lock (name, locked_until, locked_at, locked_by) values (?, "
                    + later("?") + ", current_timestamp, ?)", name, atMost.toMillis(), node.value()) == 1;
        } catch (DataIntegrityViolationException held) {
            return false;
        }
    }

    private void release(String name, Duration atLeast) {
        jdbc.update("update scheduled_lock set locked_until = greatest(current_timestamp, locked_at + "
                + millis("?") + ") where name = ? and locked_by = ?", atLeast.toMillis(), name, node.value());
    }

    private static String later(String millis) {
        return "current_timestamp + " + millis(millis);
    }

    /** A number of milliseconds as an interval, in SQL both H2 and PostgreSQL read. */
    private static String millis(String parameter) {
        return "(cast(" + parameter + " as bigint) * interval '0.001' second)";
    }
}
