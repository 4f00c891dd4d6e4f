package org.parcours.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.export.Reports;
import org.parcours.ui.HomeView;
import org.parcours.ui.TooManyRequestsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/** Past a limit, the team is told politely how long to wait, and nothing is started, opened or sent. */
@SpringBootTest(properties = {"parcours.questionnaires-dir=src/test/resources/questionnaires",
        "parcours.rate-limit.enabled=true",
        "parcours.rate-limit.starts.capacity=2", "parcours.rate-limit.starts.period=PT1H",
        "parcours.rate-limit.lookups.capacity=4", "parcours.rate-limit.lookups.period=PT1H",
        "parcours.rate-limit.exports.capacity=1", "parcours.rate-limit.exports.period=PT1H"})
class RateLimitedPagesTest extends SpringBrowserlessTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void inFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void past_its_start_limit_a_client_is_told_to_wait_and_nothing_starts() {
        int before = jdbc.queryForObject("select count(*) from assessment", Integer.class);
        for (int i = 0; i < 3; i++) {
            navigate(HomeView.class);
            test(find(Button.class).withText("Commencer").single()).click();
        }

        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(before + 2);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(test(find(Notification.class).last()).getText())
                .startsWith("Beaucoup de diagnostics ont été commencés depuis votre adresse").contains("minutes");
    }

    @Test
    void past_its_look_up_limit_a_page_of_the_application_says_how_long_to_wait() {
        AssessmentState state = service.start("mini", null, "fr");
        int opened = 0;
        // The other tests of this class may have used some of the four look-ups (a start opens its first page).
        for (String phase : new String[] {"identify", "sustain", "identify", "sustain", "identify"}) {
            UI.getCurrent().navigate("a/" + state.token().value() + "/" + phase);
            if (!(getCurrentView() instanceof org.parcours.ui.walk.AssessmentView)) break;
            opened++;
        }

        assertThat(opened).isLessThanOrEqualTo(4);
        assertThat(getCurrentView()).isInstanceOf(TooManyRequestsView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Beaucoup de pages de diagnostic ont été ouvertes"));
    }

    @Test
    void past_its_export_limit_the_download_is_429_and_the_page_says_why() throws IOException {
        org.parcours.report.Report report = Reports.mini("fr", "Équipe", "Une vision");
        Exports exports = new Exports(() -> report);
        UI.getCurrent().add(exports);
        Anchor json = find(Anchor.class, exports).withText("Données (JSON)").single();

        assertThat(download(json).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = download(json);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).matches("[0-9]+");
        assertThat(refused.getContentAsByteArray()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("pc-download-failed").single().getText())
                .startsWith("Beaucoup de rapports ont été téléchargés depuis votre adresse");
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
