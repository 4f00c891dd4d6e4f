package org.parcours.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * The address of the client making the current request, as the servlet container sees it (behind a reverse proxy,
 * set {@code server.forward-headers-strategy=native} so that it is the client's, not the proxy's). Used only in
 * memory, by the rate limits; never stored nor logged.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) return request.getRemoteAddr();
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser().getAddress() == null ? "" : session.getBrowser().getAddress();
    }
}
