package org.parcours.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.ResumeToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What any client gets over real HTTP, before a page's script runs: status codes, headers and cookies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHardeningTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private AssessmentService service;

    @Autowired
    private AssessmentErasure erasure;

    @LocalServerPort
    private int port;

    @Test
    void an_unknown_path_answers_404_with_the_friendly_page() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void an_unknown_resume_link_answers_404() throws Exception {
        assertThat(get("/a/" + "B".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(get("/a/not-a-token/report").statusCode()).isEqualTo(404);
    }

    @Test
    void an_erased_diagnostic_and_a_replaced_link_answer_404_at_once() throws Exception {
        AssessmentState erased = service.start("communs-numeriques", null, "fr");
        AssessmentState renewed = service.start("communs-numeriques", null, "fr");
        assertThat(get("/a/" + erased.token().value()).statusCode()).isEqualTo(200);

        assertThat(erasure.erase(erased.token())).isTrue();
        ResumeToken newLink = service.renewLink(renewed.token()).orElseThrow();

        assertThat(get("/a/" + erased.token().value()).statusCode()).isEqualTo(404);
        assertThat(get("/a/" + erased.token().value() + "/report").statusCode()).isEqualTo(404);
        assertThat(get("/a/" + renewed.token().value()).statusCode()).isEqualTo(404);
        assertThat(get("/a/" + newLink.value() + "/report").statusCode()).isEqualTo(200);
    }

    @Test
    void the_home_page_answers_200() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/no/such/page", "/styles/parcours.css")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            "base-uri 'self'", "form-action 'self'"));
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void methods_that_change_or_echo_resources_are_refused() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> response = send(method);
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD, POST");
        }
        // Tomcat refuses TRACE itself, before any filter sees it.
        assertThat(send("TRACE").statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> send(String method) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/")).method(method, HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
