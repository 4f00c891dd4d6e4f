package org.parcours.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a page runs: a request with its session goes on (and promotes it out of probation); a request without
 * one, when {@link Sessions} are at their cap, gets HTTP 503 with {@code Retry-After} and a short page in French
 * and English instead of a new session. Static files never make a session and always go on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class SessionGate extends OncePerRequestFilter {

    static final long RETRY_AFTER_SECONDS = 60;
    private static final List<String> STATIC = List.of("/VAADIN/", "/styles/", "/fonts/", "/icons/", "/images/",
            "/favicon.ico", "/sw.js", "/manifest.webmanifest", "/robots.txt");

    private final Sessions sessions;

    SessionGate(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            sessions.joined(existing);
            chain.doFilter(request, response);
            return;
        }
        if (isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!sessions.roomForOneMore()) {
            PoliteRefusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, RETRY_AFTER_SECONDS,
                    "Parcours accueille en ce moment autant d’équipes qu’il le peut. Réessayez dans une minute : "
                            + "les diagnostics déjà commencés, et leurs réponses, ne risquent rien.",
                    "Parcours is serving as many teams as it can right now. Try again in a minute: the "
                            + "diagnostics already started, and their answers, are safe.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession created = request.getSession(false);
            if (created != null && created.isNew()) sessions.startProbation(created);
        }
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
