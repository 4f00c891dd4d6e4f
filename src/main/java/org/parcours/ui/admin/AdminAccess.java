package org.parcours.ui.admin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps every view annotated {@code @RolesAllowed} to those roles, on every navigation: the first page request
 * passes Spring Security's {@code /admin/**} chain, but later moves between views are Vaadin requests that do not.
 * Someone signed out (a session ended, say) is sent to the login page; a role that is not enough gets the
 * {@link ForbiddenView} with HTTP 403.
 */
@Component
class AdminAccess implements VaadinServiceInitListener {

    static final String LOGIN = "/admin/login";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(AdminAccess::check));
    }

    static void check(BeforeEnterEvent event) {
        RolesAllowed allowed = event.getNavigationTarget().getAnnotation(RolesAllowed.class);
        if (allowed == null) return;
        Optional<SignedInOperator> operator = SignedInOperator.current();
        if (operator.isEmpty()) {
            event.getUI().getPage().setLocation(LOGIN);
            event.rerouteToError(ForbiddenException.class);
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(operator.get()::hasRole)) {
            event.rerouteToError(ForbiddenException.class);
        }
    }
}
