package org.parcours.web;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions alive, their cap ({@code parcours.sessions.max}) and their probation: a session starts with a
 * short life ({@code parcours.sessions.probation}, three minutes) and gets the full timeout
 * ({@code server.servlet.session.timeout}) once its client comes back with its cookie: a browser does for the
 * page's scripts, and in any case with Vaadin's heartbeat, every minute ({@code vaadin.heartbeatInterval}). A client
 * that never keeps cookies (a script, a crawler) so holds each session it makes for three minutes, not half an
 * hour, and those are the first to go when the cap is reached.
 */
@Component
class Sessions implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final Map<String, HttpSession> alive = new ConcurrentHashMap<>();
    private final int max;
    private final int probationSeconds;
    private final int timeoutSeconds;

    Sessions(@Value("${parcours.sessions.max:2000}") int max,
             @Value("${parcours.sessions.probation:PT3M}") Duration probation,
             @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        if (max < 1 || probation.isNegative() || probation.isZero() || probation.compareTo(timeout) > 0) {
            throw new IllegalArgumentException("parcours.sessions: max must be at least 1 and the probation longer "
                    + "than zero and no longer than server.servlet.session.timeout (for example max=2000, "
                    + "probation=PT3M)");
        }
        this.max = max;
        this.probationSeconds = (int) Math.max(1, probation.toSeconds());
        this.timeoutSeconds = (int) timeout.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        alive.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        alive.remove(event.getSession().getId());
    }

    int count() {
        return alive.size();
    }

    /** Whether a new session may be made now; when full, sessions past their probation are ended first. */
    boolean roomForOneMore() {
        if (alive.size() < max) return true;
        long now = System.currentTimeMillis();
        alive.values().forEach(session -> endIfProbationOver(session, now));
        boolean room = alive.size() < max;
        if (!room) LOG.warn("session cap reached: {} sessions open, a new visitor was asked to come back later", max);
        return room;
    }

    /** A session made by this request starts on probation. */
    void startProbation(HttpSession created) {
        created.setMaxInactiveInterval(probationSeconds);
    }

    /** Its client came back with the cookie: the full timeout. */
    void joined(HttpSession session) {
        if (session.getMaxInactiveInterval() == probationSeconds && probationSeconds != timeoutSeconds) {
            session.setMaxInactiveInterval(timeoutSeconds);
        }
    }

    private void endIfProbationOver(HttpSession session, long now) {
        try {
            if (session.getMaxInactiveInterval() == probationSeconds
                    && now - session.getLastAccessedTime() > probationSeconds * 1000L) {
                session.invalidate();
            }
        } catch (IllegalStateException alreadyGone) {
            alive.remove(session.getId());
        }
    }
}
