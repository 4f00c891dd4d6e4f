package org.parcours.operator;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of operator actions, kept in the database. An entry is written in a transaction of its own, so
 * that an action that fails afterwards is still on record, and texts are cut to their columns rather than lost.
 */
@Service
public class AuditLog {

    private static final int ACTOR = 100;
    private static final int TARGET = 200;
    private static final int ADDRESS = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String target, String clientAddress) {
        jdbc.update("insert into operator_audit (occurred_at, actor, action, target, client_address) "
                + "values (?, ?, ?, ?, ?)", Timestamp.from(clock.instant()), cut(actor == null ? "?" : actor, ACTOR),
                action.name(), cut(target, TARGET), cut(clientAddress, ADDRESS));
    }

    /** The most recent entries first, a page at a time. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(int offset, int limit) {
        return jdbc.query("select occurred_at, actor, action, target, client_address from operator_audit "
                + "order by occurred_at desc, id desc offset ? rows fetch next ? rows only",
                (row, i) -> new AuditEntry(row.getTimestamp(1).toInstant(), row.getString(2),
                        AuditAction.valueOf(row.getString(3)), Optional.ofNullable(row.getString(4)),
                        Optional.ofNullable(row.getString(5))), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from operator_audit", Integer.class);
        return count == null ? 0 : count;
    }

    /** Control characters are replaced, so that a name typed at the login cannot forge a line where it is shown. */
    private static String cut(String text, int max) {
        if (text == null) return null;
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().limit(max).forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        String result = clean.toString();
        return result.length() > max ? result.substring(0, max) : result;
    }
}
