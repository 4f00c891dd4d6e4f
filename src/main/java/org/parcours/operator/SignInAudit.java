package org.parcours.operator;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
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

    /** The session attribute naming the identity a provider vouched for and this instance refused. */
    static final String REFUSED_IDENTITY = SignInAudit.class.getName() + ".refused";
    private static final String OIDC = "OpenID Connect: ";

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    AuthenticationSuccessHandler onSuccess(String home) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl(home);
        return (request, response, authentication) -> {
            String by = authentication instanceof OAuth2AuthenticationToken provider
                    ? OIDC + provider.getAuthorizedClientRegistrationId() : null;
            audit.record(authentication.getName(), AuditAction.SIGN_IN, by, request.getRemoteAddr());
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * A refused OpenID Connect sign-in: an identity the configuration does not know (named in the log and, through
     * the session, on the login page), or a provider's answer that did not hold (an error, a bad signature).
     */
    AuthenticationFailureHandler onProviderFailure(String login) {
        return (request, response, exception) -> {
            String reason;
            if (exception instanceof UnknownOperatorException unknown) {
                audit.record(unknown.identity(), AuditAction.SIGN_IN_REFUSED, OIDC + unknown.registrationId(),
                        request.getRemoteAddr());
                request.getSession().setAttribute(REFUSED_IDENTITY, unknown.identity());
                reason = "unknown-identity";
            } else {
                String code = exception instanceof OAuth2AuthenticationException oauth
                        ? oauth.getError().getErrorCode() : exception.getClass().getSimpleName();
                audit.record("(OpenID Connect)", AuditAction.SIGN_IN_REFUSED, OIDC + code, request.getRemoteAddr());
                reason = "provider-error";
            }
            response.sendRedirect(request.getContextPath() + login + "?" + reason + language(request));
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

    /** Signed out, then back to the login page, or first to the provider's own sign-out when it has one. */
    LogoutSuccessHandler onSignOut(String login, Optional<ClientRegistrationRepository> providers) {
        Optional<ProviderSignOut> atProvider = providers.map(repository -> new ProviderSignOut(repository,
                login + "?signed-out"));
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication.getName(), AuditAction.SIGN_OUT, null, request.getRemoteAddr());
            }
            if (authentication instanceof OAuth2AuthenticationToken && atProvider.isPresent()) {
                atProvider.get().onLogoutSuccess(request, response, authentication);
                return;
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
