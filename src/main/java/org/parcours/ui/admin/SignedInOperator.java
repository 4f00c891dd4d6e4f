package org.parcours.ui.admin;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcours.operator.Operator;
import org.parcours.operator.OperatorRole;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Who is signed in to the operator area, read from the HTTP session where Spring Security keeps it: Vaadin's own
 * requests do not pass through the {@code /admin/**} chain, so the security context holder is empty there.
 */
record SignedInOperator(String name, Set<String> authorities) {

    private static final HttpSessionSecurityContextRepository SESSION = new HttpSessionSecurityContextRepository();

    static Optional<SignedInOperator> current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) return Optional.empty();
        Authentication authentication = SESSION.loadDeferredContext(request.getHttpServletRequest()).get()
                .getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(new SignedInOperator(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet())));
    }

    boolean hasRole(String role) {
        return authorities.contains("ROLE_" + role);
    }

    /** As the operator services want it: the name for the audit log, the highest role for their checks. */
    Operator operator() {
        return new Operator(name, hasRole("ADMIN") ? OperatorRole.ADMIN : OperatorRole.OPERATOR);
    }

    /** The highest role, for display: ADMIN, else OPERATOR. */
    String role() {
        return hasRole("ADMIN") ? "ADMIN" : "OPERATOR";
    }
}
