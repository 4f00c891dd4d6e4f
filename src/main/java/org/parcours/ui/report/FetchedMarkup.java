package org.parcours.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part of the report the browser fetches and shows as it is, instead of a tree of components the session keeps:
 * the markup is built on each request from the saved answers and forgotten once sent, so a team sitting on its
 * report holds a few kilobytes, not a copy of it (issue 10's report-page heap). Escaped like the HTML export,
 * which builds it.
 */
final class FetchedMarkup extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(FetchedMarkup.class);

    private static final String LOAD = """
            const box = this;
            box.setAttribute('aria-busy', 'true');
            fetch(box.getAttribute('data-src'), {credentials: 'same-origin', cache: 'no-store'})
              .then(r => { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
              .then(text => {
                box.innerHTML = text;
                const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
                if (target) target.scrollIntoView();
              })
              .catch(() => {
                const p = document.createElement('p');
                p.setAttribute('role', 'alert');
                p.textContent = $0;
                box.replaceChildren(p);
              })
              .finally(() => box.removeAttribute('aria-busy'));
            """;

    private final SerializableSupplier<String> markup;
    private final String failure;

    /** {@code failure} is what the part says when it could not be fetched. */
    FetchedMarkup(SerializableSupplier<String> markup, String failure, String cssClass) {
        this.markup = markup;
        this.failure = failure;
        addClassName(cssClass);
        getElement().setAttribute("data-src", (DownloadHandler) event -> send(event, markup));
    }

    /** What the browser gets when it fetches this part now. */
    String markup() {
        return markup.get();
    }

    /** Fetches the part again: after a change of edition, or once the page is attached. */
    void load() {
        getElement().executeJs(LOAD, failure);
    }

    private static void send(DownloadEvent event, SerializableSupplier<String> markup) throws IOException {
        byte[] body;
        try {
            body = markup.get().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            LOG.error("the report page's markup could not be built: {}", e.getClass().getName());
            LOG.debug("report markup failure", e);
            event.getResponse().setStatus(500);
            return;
        }
        event.inline();
        event.setContentType("text/html;charset=UTF-8");
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.setContentLength(body.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(body);
        }
    }
}
