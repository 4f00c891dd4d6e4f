package org.parcours.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinResponse;
import org.parcours.limits.RateLimitedException;

/**
 * The polite refusal when one address opened too many resume links too fast, inside the application: how long to
 * wait, in the team's language, with {@code Retry-After}. Nothing saved is touched.
 */
@ParentLayout(MainLayout.class)
public class TooManyRequestsView extends Div implements HasErrorParameter<RateLimitedException> {

    /**
     * Flow accepts only the status codes of its own list, which lacks 429: a plain GET is refused with 429 by the
     * HTTP filter before this page; inside the application, the status of the page's answer is not seen anyway.
     */
    static final int SERVICE_UNAVAILABLE = 503;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RateLimitedException> parameter) {
        long seconds = parameter.getException().retryAfterSeconds();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) response.setHeader("Retry-After", String.valueOf(seconds));
        addClassName("pc-too-many");
        add(new H1(getTranslation("limit.title")), new Paragraph(getTranslation("limit.lookups", seconds)),
                new RouterLink(getTranslation("not-found.home"), HomeView.class));
        return SERVICE_UNAVAILABLE;
    }
}
