package org.parcours.operator;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, refused and throttled sign-ins and sign-outs to the audit log, then sends the browser on: to
 * the page it asked for (or the console), back to the login page with the reason, or to the login page signed out.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    AuthenticationSuccessHandler onSuccess(String home) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl(home);
        return (request, response, authentication) -> {
            audit.record(authentication.getName(), AuditAction.SIGN_IN, null, request.getRemoteAddr());
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    AuthenticationFailureHandler onFailure(String login) {
        return (request, response, exception) -> {
            boolean throttled = exception instanceof LoginThrottledException;
            audit.record(attemptedName(request), throttled ? AuditAction.SIGN_IN_THROTTLED : AuditAction.SIGN_IN_REFUSED,
                    null, request.getRemoteAddr());
            String reason = throttled ? "throttled=" + minutes((LoginThrottledException) exception) : "error";
            response.sendRedirect(request.getContextPath() + login + "?" + reason + language(request));
        };
    }

    LogoutSuccessHandler onSignOut(String login) {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication.getName(), AuditAction.SIGN_OUT, null, request.getRemoteAddr());
            }
            response.sendRedirect(request.getContextPath() + login + "?signed-out" + language(request));
        };
    }

    /** The name typed, as given: a refused attempt on « root » is worth knowing about too. */
    private static String attemptedName(HttpServletRequest request) {
        String name = request.getParameter("username");
        return name == null || name.isBlank() ? "(no name)" : name.strip();
    }

    private static long minutes(LoginThrottledException throttled) {
        return Math.max(1, (throttled.retryAfter().getSeconds() + 59) / 60);
    }

    private static String language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return "en".equals(lang) || "fr".equals(lang) ? "&lang=" + lang : "";
    }
}
