package org.parcours.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind TLS, the operator sets {@code SERVER_SERVLET_SESSION_COOKIE_SECURE=true} (README). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.cookie.secure=true")
class SecureCookieTest {

    @LocalServerPort
    private int port;

    @Test
    void behind_tls_the_session_cookie_is_only_sent_over_https() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
    }
}
