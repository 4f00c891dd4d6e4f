package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.download.ReportFiles;
import org.parcours.engine.AnswerValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The report page's downloads go through the export cache: a second download of the same file builds nothing. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class CachedDownloadsTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private ReportFiles files;

    @Test
    void downloading_the_same_report_twice_builds_it_once_and_sends_the_same_bytes() throws IOException {
        UI.getCurrent().setLocale(Locale.FRENCH);
        AssessmentState state = service.start("mini", "Équipe", "fr");
        service.answer(state.token(), "maintainers", 0, AnswerValue.of(2.0));
        navigate("a/" + state.token().value() + "/report", ReportView.class);
        Anchor json = find(Anchor.class).withText("Données (JSON)").single();
        ReportFiles.Stats before = files.stats();

        byte[] first = download(json).getContentAsByteArray();
        byte[] second = download(json).getContentAsByteArray();

        assertThat(second).isEqualTo(first).isNotEmpty();
        assertThat(files.stats().builds()).isEqualTo(before.builds() + 1);
        assertThat(files.stats().hits()).isEqualTo(before.hits() + 1);
    }

    private static MockHttpServletResponse download(Anchor anchor) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(URI.create(anchor.getHref())).orElseThrow();
        ElementRequestHandler handler = ((StreamResourceRegistry.ElementStreamResource) resource)
                .getElementRequestHandler();
        MockHttpServletResponse http = new MockHttpServletResponse();
        handler.handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(http, (VaadinServletService) session.getService()), session,
                anchor.getElement());
        session.getService().runPendingAccessTasks(session);
        return http;
    }
}
