package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.export.Reports;
import org.parcours.report.Report;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.node.JsonNodeFactory;

/** The download links: what the browser receives, and what the team is told when an export fails. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ExportsTest extends SpringBrowserlessTest {

    private static final String TEAM = "Équipe « secrète »";

    private final Report report = Reports.mini("fr", TEAM, "Lever 50 k$ par an");

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void a_download_sends_the_whole_file_with_its_length() throws IOException {
        MockHttpServletResponse response = download(onThePage(new Exports(() -> report), "Données (JSON)"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(Reports.bytes(report, ExportFormat.JSON));
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".json");
    }

    @Test
    void an_export_that_fails_halfway_sends_nothing_logs_one_line_and_tells_the_team(CapturedOutput log)
            throws IOException {
        Exports exports = new Exports(() -> report, (r, format, out) -> {
            ReportExporter.write(r, ExportFormat.HTML, out);
            throw new IllegalStateException("broken for " + r.team().orElseThrow());
        });

        MockHttpServletResponse response = download(onThePage(exports, "PDF"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("Content-Disposition")).isNull();
        Paragraph message = find(Paragraph.class).withClassName("pc-download-failed").single();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("Le fichier PDF n’a pas pu être produit");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(log.getOut().lines().filter(line -> line.contains("export")))
                .singleElement().asString().contains("PDF", "IllegalStateException").doesNotContain("secrète");
    }

    @Test
    void a_click_on_a_link_keeps_the_page_asking_until_the_download_has_answered() throws IOException {
        Anchor pdf = onThePage(new Exports(() -> report), "PDF");

        click(pdf);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        download(pdf);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_download_answered_before_its_click_arrives_leaves_the_page_quiet() throws IOException {
        Anchor json = onThePage(new Exports(() -> report), "Données (JSON)");

        download(json);
        click(json);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    /** Puts the links on the page and returns the one with this label. */
    private Anchor onThePage(Exports exports, String label) {
        UI.getCurrent().add(exports);
        return find(Anchor.class, exports).withText(label).single();
    }

    private static void click(Anchor anchor) {
        DomEvent event = new DomEvent(anchor.getElement(), "click", JsonNodeFactory.instance.objectNode());
        anchor.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(event);
    }

    /**
     * Requests the link's address the way the browser does, and returns what the server answered. The UI work the
     * download hands over runs as on a server once the session is free, before the page's next request.
     */
    private static MockHttpServletResponse download(Anchor anchor) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(URI.create(anchor.getHref())).orElseThrow();
        ElementRequestHandler handler = ((StreamResourceRegistry.ElementStreamResource) resource)
                .getElementRequestHandler();
        MockHttpServletResponse http = new MockHttpServletResponse();
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        handler.handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(http, (VaadinServletService) session.getService()), session,
                anchor.getElement());
        session.getService().runPendingAccessTasks(session);
        return http;
    }
}
