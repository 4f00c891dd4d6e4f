package org.parcours.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens when something unexpected fails while a page handles a request: one short line in the log (the
 * exception's type and message, control characters escaped and cut, so a visitor can neither forge log lines
 * nor flood the log; the stack trace only at DEBUG), and a polite message to the team in its language. Nothing
 * the team typed and no resume link is written: messages of our exceptions never carry them.
 */
@Component
class ErrorHandler implements VaadinServiceInitListener, com.vaadin.flow.server.ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    static final int MAX_LOGGED_CHARS = 300;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        LOG.warn("unexpected error on a page: {}", oneLine(error));
        LOG.debug("stack trace of the unexpected error", error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notice = Notification.show(ui.getTranslation("error.unexpected"), 8000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The exception's type and message as one line: control characters escaped, cut to a few hundred. */
    static String oneLine(Throwable error) {
        String text = error.getClass().getName() + ": " + error.getMessage();
        StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_LOGGED_CHARS) + 16);
        for (int i = 0; i < text.length() && line.length() < MAX_LOGGED_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '\n') line.append("\\n");
            else if (c == '\r') line.append("\\r");
            else if (Character.isISOControl(c)) line.append(String.format("\\u%04x", (int) c));
            else line.append(c);
        }
        if (line.length() >= MAX_LOGGED_CHARS) line.append("… (cut)");
        return line.toString();
    }
}
