package org.parcours.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cookie-less visits each make a session: they are capped, a session its client never came back to ends first,
 * and a visitor past the cap is asked politely to come back, while the teams already in go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parcours.sessions.max=3", "parcours.sessions.probation=PT1S"})
class SessionCapHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private Sessions sessions;

    @Test
    void past_the_cap_a_new_visitor_gets_503_and_sessions_left_on_probation_make_room() throws Exception {
        String team = cookie(get("/", null)).orElseThrow();
        assertThat(get("/styles/parcours.css", team).statusCode()).as("the team's browser comes back").isEqualTo(200);
        assertThat(cookie(get("/", null))).isPresent();
        assertThat(cookie(get("/", null))).isPresent();
        assertThat(sessions.count()).isEqualTo(3);

        HttpResponse<String> refused = get("/", null);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertThat(refused.body()).contains("Réessayez dans une minute", "Try again in a minute");
        assertThat(cookie(refused)).as("no session made").isEmpty();
        assertThat(get("/", team).statusCode()).as("the team already in goes on").isEqualTo(200);
        assertThat(get("/styles/parcours.css", null).statusCode()).as("static files").isEqualTo(200);

        Thread.sleep(2_100);
        HttpResponse<String> later = get("/", null);

        assertThat(later.statusCode()).as("the two sessions nobody came back to made room").isEqualTo(200);
        assertThat(sessions.count()).isEqualTo(2);
        assertThat(cookie(get("/", team))).as("the team keeps its session").isEmpty();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET();
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }
}
