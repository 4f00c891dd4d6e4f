package org.parcours.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sets {@code <html lang>} on the page Vaadin serves, before any script runs, so that assistive technologies
 * read the first paint in the right language. Later switches update it from {@link MainLayout}.
 */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale requested = Optional.ofNullable(VaadinSession.getCurrent())
                    .map(VaadinSession::getLocale)
                    .orElseGet(() -> response.getVaadinRequest().getLocale());
            response.getDocument().getElementsByTag("html")
                    .attr("lang", UiTranslations.supported(requested).getLanguage());
        });
    }
}
