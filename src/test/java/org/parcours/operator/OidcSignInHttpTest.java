package org.parcours.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in over real HTTP against {@link TestOidcProvider}, configured like ProConnect (userinfo as a
 * signed JWT, client_secret_post, an {@code acr_values} parameter) and instead of passwords: the browser follows
 * every redirect with its cookies, an operator known by e-mail reaches the console and is refused what needs an
 * administrator, an administrator known by subject reaches the audit log, an unknown identity and a forged userinfo
 * are refused with a page that says so, sign-out goes through the provider, and each step is in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInHttpTest {

    private static final TestOidcProvider PROVIDER = TestOidcProvider.start();
    private static final String REGISTRATION = "spring.security.oauth2.client.registration.proconnect.";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add(REGISTRATION + "client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add(REGISTRATION + "client-secret", () -> TestOidcProvider.CLIENT_SECRET);
        registry.add(REGISTRATION + "client-authentication-method", () -> "client_secret_post");
        registry.add(REGISTRATION + "client-name", () -> "ProConnect");
        registry.add(REGISTRATION + "scope", () -> "openid,email,given_name,usual_name,siret,uid");
        registry.add("spring.security.oauth2.client.provider.proconnect.issuer-uri", PROVIDER::issuer);
        registry.add("parcours.operators.oidc.authorization-parameters.proconnect.[acr_values]", () -> "eidas1");
        registry.add("parcours.operators.oidc.operator.emails[0]", () -> "Olga.Operator@example.gouv.fr");
        registry.add("parcours.operators.oidc.admin.subjects[0]", () -> "proconnect:ada-subject");
        registry.add("parcours.operators.password-sign-in", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void reset() throws Exception {
        jdbc.update("delete from operator_audit");
        PROVIDER.userInfoAsJwt(true);
        PROVIDER.signUserInfoWithForeignKey(false);
    }

    @Test
    void the_login_page_offers_the_provider_and_no_password_form_when_passwords_are_turned_off() throws Exception {
        HttpResponse<String> page = new Browser().get(uri("/admin/login?lang=en"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/admin/oauth2/authorization/proconnect\"", "Sign in with ProConnect")
                .doesNotContain("name=\"password\"");
    }

    @Test
    void an_operator_known_by_email_in_the_signed_userinfo_reaches_the_console_but_not_the_audit_log()
            throws Exception {
        PROVIDER.signInAs(Map.of("sub", "olga-subject", "email", "olga.operator@example.gouv.fr",
                "given_name", "Olga", "usual_name", "Operator", "siret", "13002526500013"));
        Browser olga = new Browser();

        HttpResponse<String> landed = olga.signIn();

        assertThat(landed.uri().getPath()).isEqualTo("/admin");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("olga.operator@example.gouv.fr");
        assertThat(olga.get(uri("/admin/assessments")).statusCode()).isEqualTo(200);
        assertThat(olga.get(uri("/admin/audit")).statusCode()).isEqualTo(403);
        Map<String, String> authorize = PROVIDER.authorizeRequests.getLast();
        assertThat(authorize).containsEntry("acr_values", "eidas1").containsEntry("client_id",
                TestOidcProvider.CLIENT_ID).containsKeys("state", "nonce", "redirect_uri")
                .as("no PKCE: the provider does not say it supports it").doesNotContainKey("code_challenge");
        assertThat(authorize.get("state")).as("ProConnect wants 32 characters at least").hasSizeGreaterThan(32);
        assertThat(authorize.get("nonce")).as("ProConnect wants 32 characters at least").hasSizeGreaterThan(32);
        assertThat(authorize.get("redirect_uri")).isEqualTo(
                "http://localhost:" + port + "/admin/login/oauth2/code/proconnect");
        assertThat(authorize.get("scope").split(" ")).contains("openid", "email", "siret");
        assertThat(actions()).contains("olga.operator@example.gouv.fr SIGN_IN OpenID Connect: proconnect");
    }

    @Test
    void an_administrator_known_by_subject_reaches_the_audit_log_with_a_plain_json_userinfo_too() throws Exception {
        PROVIDER.userInfoAsJwt(false);
        PROVIDER.signInAs(Map.of("sub", "ada-subject", "email", "ada@example.gouv.fr"));
        Browser ada = new Browser();

        assertThat(ada.signIn().statusCode()).isEqualTo(200);

        assertThat(ada.get(uri("/admin/audit")).statusCode()).isEqualTo(200);
        assertThat(actions()).containsSubsequence("ada@example.gouv.fr SIGN_IN OpenID Connect: proconnect",
                "ada@example.gouv.fr AUDIT_READ");
    }

    @Test
    void an_identity_the_configuration_does_not_know_is_refused_with_a_page_naming_it() throws Exception {
        PROVIDER.signInAs(Map.of("sub", "mallory-subject", "email", "mallory@example.org"));
        Browser mallory = new Browser();

        HttpResponse<String> refused = mallory.signIn();

        assertThat(refused.uri().getPath()).isEqualTo("/admin/login");
        assertThat(refused.body()).contains("role=\"alert\"", "mallory@example.org",
                "n’est pas opérateur de cette instance");
        assertThat(mallory.get(uri("/admin")).statusCode()).isEqualTo(302);
        assertThat(actions()).containsExactly("mallory@example.org SIGN_IN_REFUSED OpenID Connect: proconnect");
    }

    @Test
    void an_email_the_provider_says_is_unverified_does_not_count() throws Exception {
        PROVIDER.signInAs(Map.of("sub", "olga-twin", "email", "olga.operator@example.gouv.fr",
                "email_verified", false));

        HttpResponse<String> refused = new Browser().signIn();

        assertThat(refused.uri().getPath()).isEqualTo("/admin/login");
        assertThat(actions()).containsExactly("proconnect:olga-twin SIGN_IN_REFUSED OpenID Connect: proconnect");
    }

    @Test
    void a_userinfo_jwt_signed_with_a_key_the_provider_does_not_publish_is_refused() throws Exception {
        PROVIDER.signUserInfoWithForeignKey(true);
        PROVIDER.signInAs(Map.of("sub", "olga-subject", "email", "olga.operator@example.gouv.fr"));
        Browser forged = new Browser();

        HttpResponse<String> refused = forged.signIn();

        assertThat(refused.uri().getPath()).isEqualTo("/admin/login");
        assertThat(refused.body()).contains("role=\"alert\"", "n’a pas abouti");
        assertThat(forged.get(uri("/admin")).statusCode()).isEqualTo(302);
        assertThat(actions()).containsExactly("(OpenID Connect) SIGN_IN_REFUSED OpenID Connect: "
                + "invalid_user_info_response");
    }

    @Test
    void signing_out_goes_through_the_providers_end_session_with_the_id_token_and_a_state() throws Exception {
        PROVIDER.signInAs(Map.of("sub", "olga-subject", "email", "olga.operator@example.gouv.fr"));
        Browser olga = new Browser();
        olga.signIn();

        HttpResponse<String> signedOut = olga.post(uri("/admin/logout"), "_csrf=" + olga.csrf());

        Map<String, String> endSession = PROVIDER.endSessionRequests.getLast();
        assertThat(TestOidcProvider.payload(endSession.get("id_token_hint"))).contains("\"sub\":\"olga-subject\"");
        assertThat(endSession.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(endSession.get("post_logout_redirect_uri")).isEqualTo(
                "http://localhost:" + port + "/admin/login?signed-out");
        assertThat(signedOut.uri().getPath()).isEqualTo("/admin/login");
        assertThat(signedOut.body()).contains("Vous êtes déconnecté·e.");
        assertThat(olga.get(uri("/admin")).statusCode()).isEqualTo(302);
        assertThat(actions()).containsSubsequence("olga.operator@example.gouv.fr SIGN_IN OpenID Connect: proconnect",
                "olga.operator@example.gouv.fr SIGN_OUT");
    }

    private List<String> actions() {
        return jdbc.queryForList("select actor || ' ' || action || coalesce(' ' || target, '') from operator_audit "
                + "order by id", String.class);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser: its cookies kept, redirects followed one by one (to the provider and back). */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(URI to) throws Exception {
            return http.send(HttpRequest.newBuilder(to).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI to, String form) throws Exception {
            return follow(http.send(HttpRequest.newBuilder(to).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        /** The provider's button on the login page, then every redirect to where the browser lands. */
        HttpResponse<String> signIn() throws Exception {
            Matcher button = Pattern.compile("href=\"(/admin/oauth2/authorization/[^\"]+)\"")
                    .matcher(get(uri("/admin/login")).body());
            assertThat(button.find()).as("the provider's button on the login page").isTrue();
            return follow(get(uri(button.group(1))));
        }

        /** The session's CSRF token, as the console's sign-out form carries it (inside Vaadin's JSON: quotes escaped). */
        String csrf() throws Exception {
            Matcher token = Pattern.compile("name=\\\\?\"_csrf\\\\?\" value=\\\\?\"([^\"\\\\]+)").matcher(get(uri("/admin")).body());
            assertThat(token.find()).as("a CSRF token on the console").isTrue();
            return token.group(1);
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = get(next);
            }
            return response;
        }
    }
}
