package org.parcours.operator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * The OpenID Connect providers operators may sign in with, from Spring Boot's standard properties
 * ({@code spring.security.oauth2.client.registration.<id>.*}, {@code .provider.<id>.issuer-uri}). Only
 * {@code /admin/**} passes the operator's security chain, so a registration without its own {@code redirect-uri}
 * gets {@value #REDIRECT} instead of Spring Boot's {@code /login/oauth2/code/…}, which nothing would answer.
 */
@Configuration
@Conditional(OidcProviders.Configured.class)
class OidcProviders {

    static final String AUTHORIZATION = "/admin/oauth2/authorization";
    static final String CALLBACK = "/admin/login/oauth2/code/";
    static final String REDIRECT = "{baseUrl}" + CALLBACK + "{registrationId}";
    private static final String PREFIX = "spring.security.oauth2.client";

    @Bean
    ClientRegistrationRepository operatorProviders(Environment environment) {
        OAuth2ClientProperties properties = Binder.get(environment).bind(PREFIX, OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        properties.validate();
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
                .values().stream()
                .map(registration -> adapted(registration,
                        properties.getRegistration().get(registration.getRegistrationId()).getRedirectUri() == null))
                .toList();
        registrations.stream().filter(registration -> !registration.getScopes().contains("openid")).findFirst()
                .ifPresent(registration -> {
                    throw new IllegalStateException("spring.security.oauth2.client.registration."
                            + registration.getRegistrationId() + ".scope must include openid: operators sign in "
                            + "with OpenID Connect, not plain OAuth 2");
                });
        return new InMemoryClientRegistrationRepository(registrations);
    }

    /**
     * The redirect under {@code /admin} unless one is configured, and PKCE only for a provider whose discovery
     * document says it supports S256 ({@code code_challenge_methods_supported}, RFC 8414): Spring Security sends it
     * to every provider otherwise, and ProConnect refuses any authorization parameter it does not expect.
     */
    private static ClientRegistration adapted(ClientRegistration registration, boolean defaultRedirect) {
        Object methods = registration.getProviderDetails().getConfigurationMetadata()
                .get("code_challenge_methods_supported");
        boolean pkce = methods instanceof Collection<?> supported && supported.contains("S256");
        ClientRegistration.Builder adapted = ClientRegistration.withClientRegistration(registration)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(pkce).build());
        if (defaultRedirect) adapted.redirectUri(REDIRECT);
        return adapted.build();
    }

    /** Authorization requests under {@code /admin}, with the parameters the configuration adds per provider. */
    static OAuth2AuthorizationRequestResolver authorizationRequests(ClientRegistrationRepository providers,
            OidcOperators operators) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(providers,
                AUTHORIZATION);
        resolver.setAuthorizationRequestCustomizer(request -> request.attributes(attributes -> {
            Object registrationId = attributes.get(OAuth2ParameterNames.REGISTRATION_ID);
            Map<String, String> extra = operators.authorizationParametersOf(String.valueOf(registrationId));
            request.additionalParameters(parameters -> parameters.putAll(extra));
        }));
        return resolver;
    }

    /** Some registration is configured. */
    static final class Configured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean any = Binder.get(context.getEnvironment()).bind(PREFIX + ".registration",
                    Bindable.mapOf(String.class, OAuth2ClientProperties.Registration.class))
                    .map(registrations -> !registrations.isEmpty()).orElse(false);
            return any ? ConditionOutcome.match("OpenID Connect providers configured")
                    : ConditionOutcome.noMatch("no OpenID Connect provider configured");
        }
    }
}
