package org.parcours.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Past its look-up limit, a client opening resume links gets HTTP 429 with Retry-After and a polite page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parcours.rate-limit.enabled=true", "parcours.rate-limit.lookups.capacity=3",
        "parcours.rate-limit.lookups.period=PT1H"})
class RateLimitHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void resume_links_opened_too_fast_from_one_address_are_refused_politely() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/a/" + "C".repeat(42) + i, "fr").statusCode()).isEqualTo(404);
        }

        HttpResponse<String> refused = get("/a/" + "D".repeat(43), "fr");
        HttpResponse<String> inEnglish = get("/a/" + "E".repeat(43) + "/report", "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 1200L));
        assertThat(refused.body()).contains("Un instant, s’il vous plaît");
        assertThat(inEnglish.statusCode()).isEqualTo(429);
        assertThat(inEnglish.body()).contains("One moment, please");
        assertThat(get("/", "fr").statusCode()).as("other pages are not limited").isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
