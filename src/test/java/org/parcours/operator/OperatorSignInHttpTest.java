package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator area's gate over real HTTP: anonymous visitors are sent to the login page, the login needs its CSRF
 * token, a wrong password is refused then throttled, an operator is kept out of what needs an administrator, and
 * each of these is in the audit log. The teams' pages stay open to all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parcours.operators.login.max-failures=3")
class OperatorSignInHttpTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private OperatorAccounts accounts;

    @DynamicPropertySource
    static void operators(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("parcours.operators.accounts[0].name", () -> "ada");
        registry.add("parcours.operators.accounts[0].password-hash", () -> hash);
        registry.add("parcours.operators.accounts[0].role", () -> "ADMIN");
    }

    @BeforeEach
    void freshAudit() {
        jdbc.update("delete from operator_audit");
        jdbc.update("delete from operator_account");
        accounts.create("Olga", PASSWORD, OperatorRole.OPERATOR);
    }

    @Test
    void an_anonymous_visitor_of_the_operator_area_is_sent_to_the_login_page() throws Exception {
        for (String path : List.of("/admin", "/admin/audit", "/admin/assessments", "/admin/assessments/1",
                "/admin/anything")) {
            HttpResponse<String> response = new Browser().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/admin/login"));
        }
    }

    @Test
    void the_teams_pages_and_vaadin_files_need_no_account() throws Exception {
        Browser anonymous = new Browser();
        assertThat(anonymous.get("/").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/styles/parcours.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void the_login_page_is_french_by_default_english_on_request_and_carries_a_csrf_token() throws Exception {
        HttpResponse<String> french = new Browser().get("/admin/login");
        HttpResponse<String> english = new Browser().get("/admin/login?lang=en");

        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body()).contains("<html lang=\"fr\">", "<label for=\"username\">Nom d’opérateur</label>",
                "<label for=\"password\">Mot de passe</label>", "name=\"_csrf\"");
        assertThat(english.body()).contains("<html lang=\"en\">", "Operator name", "Sign in");
        assertThat(french.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(french.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(french.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void a_login_without_its_csrf_token_is_refused() throws Exception {
        Browser browser = new Browser();
        browser.get("/admin/login");

        HttpResponse<String> response = browser.post("/admin/login", Map.of("username", "ada", "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void an_administrator_signs_in_reaches_the_audit_log_and_signs_out() throws Exception {
        Browser ada = new Browser();
        String sessionBefore = ada.session();

        HttpResponse<String> login = ada.login("ada", PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(ada.session()).as("a new session id after sign-in").isNotEqualTo(sessionBefore);
        HttpResponse<String> home = ada.get("/admin");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).as("the retention setting, shown").contains("18 months");
        assertThat(ada.get("/admin/audit").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = ada.post("/admin/logout", Map.of("_csrf", ada.csrf("/admin/login")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(ada.get("/admin").statusCode()).isEqualTo(302);
        assertThat(actions()).containsSubsequence("ada SIGN_IN", "ada AUDIT_READ", "ada SIGN_OUT");
    }

    @Test
    void an_operator_is_refused_what_needs_an_administrator() throws Exception {
        Browser olga = new Browser();

        assertThat(olga.login("olga", PASSWORD).statusCode()).isEqualTo(302);

        assertThat(olga.get("/admin").statusCode()).isEqualTo(200);
        assertThat(olga.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(actions()).contains("olga SIGN_IN").doesNotContain("olga AUDIT_READ");
    }

    @Test
    void wrong_passwords_are_refused_then_throttled_even_with_the_right_one_and_all_are_audited() throws Exception {
        Browser guesser = new Browser();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> refused = guesser.login("olga", "not the password " + i);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/admin/login?error"));
        }

        HttpResponse<String> throttled = guesser.login("olga", PASSWORD);

        assertThat(throttled.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).contains("/admin/login?throttled="));
        assertThat(guesser.get("/admin").statusCode()).isEqualTo(302);
        assertThat(guesser.get(throttled.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^http://[^/]+", "")).body()).contains("role=\"alert\"", "Trop de tentatives");
        assertThat(actions()).containsExactly("olga SIGN_IN_REFUSED", "olga SIGN_IN_REFUSED", "olga SIGN_IN_REFUSED",
                "olga SIGN_IN_THROTTLED");
    }

    @Test
    void an_unknown_name_is_refused_like_a_wrong_password() throws Exception {
        HttpResponse<String> refused = new Browser().login("nobody", PASSWORD);

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/admin/login?error"));
        assertThat(actions()).containsExactly("nobody SIGN_IN_REFUSED");
    }

    private List<String> actions() {
        return jdbc.queryForList("select actor || ' ' || action from operator_audit order by id", String.class);
    }

    /** One browser: its own cookies, redirects not followed, so each answer can be looked at. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String name, String password) throws Exception {
            String token = csrf("/admin/login");
            return post("/admin/login", Map.of("username", name, "password", password, "_csrf", token));
        }

        String csrf(String page) throws Exception {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        String session() throws Exception {
            get("/admin/login");
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
