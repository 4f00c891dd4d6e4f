package org.parcours.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.parcours.limits.RateLimitedException;
import org.parcours.limits.RateLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A resume link opened by its address ({@code GET /a/<token>…}) takes a token of the client's look-up limit before
 * any page runs; past it, HTTP 429 with {@code Retry-After}, and neither a session nor the database is touched.
 * Navigations inside the application are counted by the interface itself; this request is marked counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ResumeLinkRateLimit extends OncePerRequestFilter {

    /** Set on a request whose look-up this filter counted already. */
    static final String COUNTED = "org.parcours.lookup-counted";
    private static final Pattern RESUME_LINK = Pattern.compile("/a/[^/]+(/.*)?");

    private final RateLimits limits;

    ResumeLinkRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isResumeLink(request)) {
            try {
                limits.checkLookup(request.getRemoteAddr());
                request.setAttribute(COUNTED, Boolean.TRUE);
            } catch (RateLimitedException refused) {
                long seconds = refused.retryAfterSeconds();
                PoliteRefusal.send(response, 429, seconds,
                        "Beaucoup de pages de diagnostic ont été ouvertes depuis votre adresse en peu de temps. "
                                + "Réessayez dans " + seconds + " s : rien de ce qui est enregistré n’est perdu.",
                        "Many diagnostic pages were opened from your address in a short time. Try again in "
                                + seconds + " s: nothing saved is lost.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isResumeLink(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getParameter("v-r") == null
                && RESUME_LINK.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }
}
