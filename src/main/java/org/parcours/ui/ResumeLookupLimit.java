package org.parcours.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.parcours.limits.RateLimitedException;
import org.parcours.limits.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Every page whose address holds a resume token ({@code a/<token>/…}) reads the assessment: each such navigation,
 * by a plain GET or inside the application, takes a token from the client's look-up bucket first. Past the limit
 * the page is {@link TooManyRequestsView}, and the database is not asked.
 */
@Component
class ResumeLookupLimit implements VaadinServiceInitListener {

    /** The attribute the HTTP filter ({@code org.parcours.web.ResumeLinkRateLimit}) sets on what it counted. */
    static final String COUNTED = "org.parcours.lookup-counted";

    private final RateLimits limits;

    ResumeLookupLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    /** The address of a plain GET was counted by the HTTP filter, which answers 429 itself when it refuses. */
    private static boolean countedAlready() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getAttribute(COUNTED) != null;
    }

    private void check(BeforeEnterEvent event) {
        // An error page shown at that address (not found, too many) is the same look-up, not another one.
        if (!"a".equals(event.getLocation().getFirstSegment())
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())
                || countedAlready()) return;
        try {
            limits.checkLookup(ClientAddress.current());
        } catch (RateLimitedException refused) {
            event.rerouteToError(refused, refused.getMessage());
        }
    }
}
