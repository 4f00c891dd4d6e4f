package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.operator.bulk.BulkExport;
import org.parcours.operator.bulk.BulkFormat;
import org.parcours.team.JoinOutcome;
import org.parcours.team.TeamCreated;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamSaveOutcome;
import org.parcours.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Actuator over real HTTP: health open to all and without details, metrics refused to the anonymous and to an
 * operator, read by an administrator with HTTP Basic, and each counter counting its own event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parcours.questionnaires-dir=src/test/resources/questionnaires",
                "parcours.rate-limit.enabled=true", "parcours.rate-limit.lookups.capacity=3"})
class ActuatorHttpTest {

    private static final String PASSWORD = "a metrics password";

    @LocalServerPort
    private int port;

    @Autowired
    private AssessmentService service;

    @Autowired
    private TeamService teams;

    @Autowired
    private BulkExport bulk;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void operators(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("parcours.operators.accounts[0].name", () -> "ada");
        registry.add("parcours.operators.accounts[0].password-hash", () -> hash);
        registry.add("parcours.operators.accounts[0].role", () -> "ADMIN");
        registry.add("parcours.operators.accounts[1].name", () -> "olga");
        registry.add("parcours.operators.accounts[1].password-hash", () -> hash);
        registry.add("parcours.operators.accounts[1].role", () -> "OPERATOR");
    }

    @Test
    void health_is_open_to_all_and_says_only_up() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    void metrics_are_refused_to_the_anonymous_and_to_an_operator() throws Exception {
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "olga").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", "nobody").statusCode()).isEqualTo(401);
    }

    @Test
    void an_administrator_reads_the_counters() throws Exception {
        service.start("mini", null, "fr");

        HttpResponse<String> metrics = get("/actuator/metrics", "ada");
        HttpResponse<String> started = get("/actuator/metrics/parcours.assessments.started", "ada");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("parcours.assessments.started");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("\"statistic\":\"COUNT\"").doesNotContain("\"value\":0.0");
    }

    @Test
    void prometheus_is_refused_to_the_anonymous_and_to_an_operator_and_counts_for_an_administrator()
            throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "olga").statusCode()).isEqualTo(403);
        double before = startedCount(get("/actuator/prometheus", "ada").body());

        service.start("mini", null, "fr");
        service.start("mini", null, "en");

        HttpResponse<String> scraped = get("/actuator/prometheus", "ada");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(startedCount(scraped.body())).isEqualTo(before + 2);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void each_event_moves_its_own_counter_as_an_administrator_scrapes_them() throws Exception {
        String before = get("/actuator/prometheus", "ada").body();

        AssessmentState finished = service.start("mini", null, "fr");
        finished = saved(service.answer(finished.token(), "resource_type", 0, AnswerValue.of("data")));
        finished = saved(service.answer(finished.token(), "funding_needs", 0, AnswerValue.of(List.of("maintenance"))));
        finished = saved(service.answer(finished.token(), "maintainers", 0, AnswerValue.of(2.0)));
        saved(service.answer(finished.token(), "maintainers", 1, AnswerValue.of(3.0)));
        assertThat(service.answer(finished.token(), "maintainers", 2, AnswerValue.of(9.0)))
                .isInstanceOf(SaveOutcome.Refused.class);
        TeamCreated team = teams.create("mini", TeamMode.ATELIER, false, null, "fr");
        JoinOutcome.Joined member = (JoinOutcome.Joined) teams.join(team.invitation().value(), null);
        assertThat(teams.answer(member.link(), "maintainers", 0, AnswerValue.of(9.0)))
                .isInstanceOf(TeamSaveOutcome.Refused.class);
        bulk.write(new Operator("olga", OperatorRole.OPERATOR), AssessmentFilter.all().withQuestionnaire("mini",
                "1.0.0"), BulkFormat.CSV, new ByteArrayOutputStream(), null);
        int limited = 0;
        for (int i = 0; i < 10 && limited == 0; i++) {
            if (get("/a/not-a-link", null).statusCode() == 429) limited++;
        }

        String after = get("/actuator/prometheus", "ada").body();
        assertThat(limited).as("a resume link refused for opening too many").isOne();
        assertThat(increase(before, after, "parcours_assessments_started_total", ""))
                .as("one started, the team's is counted apart").isEqualTo(1);
        assertThat(increase(before, after, "parcours_assessments_finished_total", ""))
                .as("finished once, not again on the answer after").isEqualTo(1);
        assertThat(increase(before, after, "parcours_answers_refused_total", "")).as("solo and team").isEqualTo(2);
        assertThat(increase(before, after, "parcours_teams_started_total", "")).isEqualTo(1);
        assertThat(increase(before, after, "parcours_exports_total", "format=\"csv\",kind=\"bulk\""))
                .isEqualTo(1);
        assertThat(increase(before, after, "parcours_rate_limited_total", "limit=\"lookups\"")).isEqualTo(1);
    }

    /** How much a counter grew between two scrapes, over its series whose labels contain {@code labels}. */
    private static double increase(String before, String after, String counter, String labels) {
        return count(after, counter, labels) - count(before, counter, labels);
    }

    private static double count(String exposition, String counter, String labels) {
        return exposition.lines().filter(line -> line.startsWith(counter + " ") || line.startsWith(counter + "{"))
                .filter(line -> line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }

    /** The value of parcours_assessments_started_total in Prometheus's text format (0 before the first start). */
    private static double startedCount(String exposition) {
        return exposition.lines().filter(line -> line.startsWith("parcours_assessments_started_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
