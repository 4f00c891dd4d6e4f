package org.parcours.operator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads an OpenID Connect userinfo response whether it is plain JSON or a signed JWT ({@code application/jwt},
 * OpenID Connect Core §5.3.2), which ProConnect always sends and Spring Security's own service does not read. A JWT
 * is accepted only once its signature is verified: with the provider's JWKS for RS*, PS* and ES* algorithms, with
 * the client secret for HS*; an {@code iss} or {@code aud} it carries must be the provider's and this client's.
 */
class SignedUserInfo implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final MediaType JWT = MediaType.parseMediaType("application/jwt");
    private static final String INVALID = "invalid_user_info_response";

    private final RestClient http = RestClient.create();
    private final Map<String, JwtDecoder> byJwks = new ConcurrentHashMap<>();

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        ResponseEntity<String> response = fetch(request, registration);
        String body = response.getBody() == null ? "" : response.getBody().strip();
        MediaType type = response.getHeaders().getContentType();
        Map<String, Object> claims = type != null && JWT.isCompatibleWith(type)
                ? verified(body, registration) : json(body);
        if (!(claims.get("sub") instanceof String subject) || subject.isBlank()) {
            throw refused("the userinfo response of '" + registration.getRegistrationId() + "' has no 'sub'");
        }
        return new DefaultOAuth2User(List.of(), claims, "sub");
    }

    private ResponseEntity<String> fetch(OAuth2UserRequest request, ClientRegistration registration) {
        String uri = registration.getProviderDetails().getUserInfoEndpoint().getUri();
        try {
            return http.get().uri(uri).headers(headers -> {
                headers.setBearerAuth(request.getAccessToken().getTokenValue());
                headers.setAccept(List.of(JWT, MediaType.APPLICATION_JSON));
            }).retrieve().toEntity(String.class);
        } catch (RestClientException failed) {
            throw refused("the userinfo endpoint of '" + registration.getRegistrationId() + "' failed: "
                    + failed.getMessage());
        }
    }

    private Map<String, Object> verified(String token, ClientRegistration registration) {
        try {
            Jwt jwt = decoder(SignedJWT.parse(token).getHeader().getAlgorithm(), registration).decode(token);
            return jwt.getClaims();
        } catch (ParseException | JwtException | IllegalArgumentException | IllegalStateException invalid) {
            throw refused("the signed userinfo of '" + registration.getRegistrationId() + "' is not valid: "
                    + invalid.getMessage());
        }
    }

    private JwtDecoder decoder(JWSAlgorithm algorithm, ClientRegistration registration) {
        if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            MacAlgorithm mac = MacAlgorithm.from(algorithm.getName());
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(
                    registration.getClientSecret().getBytes(StandardCharsets.UTF_8), mac.getName().replace("HS",
                            "HmacSHA"))).macAlgorithm(mac).build();
            decoder.setJwtValidator(validator(registration));
            return decoder;
        }
        String jwks = registration.getProviderDetails().getJwkSetUri();
        if (!StringUtils.hasText(jwks)) {
            throw new IllegalStateException("the provider publishes no JWKS to verify it with");
        }
        return byJwks.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwks)
                    .jwsAlgorithms(algorithms -> algorithms.addAll(Arrays.asList(SignatureAlgorithm.values())))
                    .build();
            decoder.setJwtValidator(validator(registration));
            return decoder;
        });
    }

    /** Expiry and not-before as usual; issuer and audience when the response says them (they SHOULD be there). */
    private static OAuth2TokenValidator<Jwt> validator(ClientRegistration registration) {
        String issuer = registration.getProviderDetails().getIssuerUri();
        OAuth2TokenValidator<Jwt> ours = jwt -> {
            Object iss = jwt.getClaims().get("iss");
            if (iss != null && StringUtils.hasText(issuer) && !issuer.equals(String.valueOf(iss))) {
                return OAuth2TokenValidatorResult.failure(new OAuth2Error(INVALID, "issuer " + iss + " is not "
                        + issuer, null));
            }
            List<String> audience = jwt.getAudience();
            if (audience != null && !audience.isEmpty() && !audience.contains(registration.getClientId())) {
                return OAuth2TokenValidatorResult.failure(new OAuth2Error(INVALID, "audience " + audience
                        + " is not this client", null));
            }
            return OAuth2TokenValidatorResult.success();
        };
        return JwtValidators.createDefaultWithValidators(ours);
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException notJson) {
            throw refused("the userinfo response is neither JSON nor a signed JWT");
        }
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(INVALID, why, null), why);
    }
}
