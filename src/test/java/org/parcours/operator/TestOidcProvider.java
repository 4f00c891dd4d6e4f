package org.parcours.operator;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small OpenID Connect provider for the tests, on the JDK's HTTP server, offline: discovery, authorize (signs in
 * whoever the test says, at once, and redirects with a code), token (a signed ID token; the client authenticates
 * with client_secret_post, as ProConnect asks), userinfo (a signed JWT, as ProConnect sends it, or plain JSON),
 * JWKS and end_session. It keeps every authorize and end_session request it saw, for the test to look at.
 */
final class TestOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "parcours-test-client";
    static final String CLIENT_SECRET = "the test client's secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> tokens = new ConcurrentHashMap<>();
    final List<Map<String, String>> authorizeRequests = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> endSessionRequests = new CopyOnWriteArrayList<>();
    private volatile Map<String, Object> identity = Map.of("sub", "nobody");
    private volatile boolean userInfoAsJwt = true;
    private volatile RSAKey userInfoKey;

    private record Grant(Map<String, Object> identity, String nonce, String redirectUri) {
    }

    private TestOidcProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        userInfoKey = key;
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/jwks", exchange -> send(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/session/end", this::endSession);
        server.start();
    }

    static TestOidcProvider start() {
        try {
            return new TestOidcProvider();
        } catch (Exception e) {
            throw new IllegalStateException("the test provider did not start", e);
        }
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The person the next authorize request signs in: their claims, {@code sub} included. */
    void signInAs(Map<String, Object> claims) {
        identity = Map.copyOf(claims);
    }

    void userInfoAsJwt(boolean asJwt) {
        userInfoAsJwt = asJwt;
    }

    /** Signs the userinfo JWT with a key the JWKS does not publish (a forgery), or back with the right one. */
    void signUserInfoWithForeignKey(boolean foreign) throws Exception {
        userInfoKey = foreign ? new RSAKeyGenerator(2048).keyID("test-key").generate() : key;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("userinfo_endpoint", issuer() + "/userinfo");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("end_session_endpoint", issuer() + "/session/end");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("userinfo_signing_alg_values_supported", List.of("RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_post"));
        send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(metadata));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        authorizeRequests.add(query);
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, "text/plain", "bad authorize request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(identity, query.get("nonce"), query.get("redirect_uri")));
        redirect(exchange, query.get("redirect_uri"), Map.of("code", code, "state", query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(body.get("code")));
        if (!CLIENT_ID.equals(body.get("client_id")) || !CLIENT_SECRET.equals(body.get("client_secret"))
                || grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        tokens.put(accessToken, grant.identity());
        JWTClaimsSet idToken = claims(Map.of("sub", grant.identity().get("sub")))
                .claim("nonce", grant.nonce()).build();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", 60);
        response.put("id_token", signed(idToken, key));
        send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(response));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Map<String, Object> person = tokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (person == null) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
        } else if (userInfoAsJwt) {
            send(exchange, 200, "application/jwt", signed(claims(person).build(), userInfoKey));
        } else {
            send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(person));
        }
    }

    private void endSession(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        endSessionRequests.add(query);
        redirect(exchange, query.get("post_logout_redirect_uri"), Map.of("state", query.get("state")));
    }

    private JWTClaimsSet.Builder claims(Map<String, Object> person) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000));
        person.forEach(claims::claim);
        return claims;
    }

    private static String signed(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void redirect(HttpExchange exchange, String to, Map<String, String> parameters)
            throws IOException {
        StringBuilder location = new StringBuilder(to).append(URI.create(to).getRawQuery() == null ? '?' : '&');
        parameters.forEach((name, value) -> location.append(name).append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)).append('&'));
        exchange.getResponseHeaders().add("Location", location.substring(0, location.length() - 1));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) return values;
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The payload of a JWT, read without verifying it: for the test to look inside an id_token_hint. */
    static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
