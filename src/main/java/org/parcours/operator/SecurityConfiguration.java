package org.parcours.operator;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Spring Security guards {@code /admin/**} and {@code /actuator/**}, and nothing else: the teams' pages, Vaadin's own requests (which carry
 * Vaadin's CSRF key) and static files never pass through this chain, so they behave as before. Security headers
 * stay with {@code web.HttpHardening}; this chain only adds {@code Cache-Control: no-store} to the operator pages.
 *
 * <p>Vaadin moves between views without a new page request, so the views of {@code ui.admin} check the role
 * again themselves ({@code @RolesAllowed}); this chain is the gate for pages requested from the browser.
 */
@Configuration
@EnableConfigurationProperties({ConfiguredOperators.class, OidcOperators.class})
class SecurityConfiguration {

    static final String LOGIN = "/admin/login";
    static final String LOGOUT = "/admin/logout";
    static final String HOME = "/admin";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** A bean, so that Spring Boot makes no default user with a generated password. */
    @Bean
    OperatorSignIn operatorSignIn(OperatorAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        return new OperatorSignIn(accounts, encoder, throttle);
    }

    /**
     * Actuator: {@code health} open to all (load balancers, monitoring), everything else for administrators,
     * signed in through the console or by HTTP Basic (a metrics scraper with an account of its own).
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain actuatorChain(HttpSecurity http, OperatorSignIn signIn) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(OperatorRole.ADMIN.name()))
                .authenticationManager(new ProviderManager(signIn))
                .httpBasic(withDefaults())
                // Read-only GETs; no form posts here.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.defaultsDisabled().cacheControl(withDefaults()))
                .build();
    }

    /**
     * Only in the web application: {@code admin create-user} starts the same configuration without a server.
     * Password sign-in and OpenID Connect providers, each when configured; the endpoints of the latter moved under
     * {@code /admin}, the only addresses this chain sees.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain operatorChain(HttpSecurity http, OperatorSignIn signIn, SignInAudit audit,
            ObjectProvider<ClientRegistrationRepository> providers, OidcOperators oidcOperators,
            @Value("${parcours.operators.password-sign-in:true}") boolean passwords) throws Exception {
        Optional<ClientRegistrationRepository> oidc = Optional.ofNullable(providers.getIfAvailable());
        if (!passwords && oidc.isEmpty()) {
            throw new IllegalStateException("parcours.operators.password-sign-in=false needs an OpenID Connect "
                    + "provider (spring.security.oauth2.client.registration.*): no one could sign in");
        }
        OidcSignIn oidcUsers = new OidcSignIn(oidcOperators);
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN).permitAll()
                        .anyRequest().hasRole(OperatorRole.OPERATOR.name()))
                // Its own manager, with no parent: a refused password is counted once, and nothing else can answer.
                .authenticationManager(oidc.isEmpty() ? new ProviderManager(signIn)
                        : new ProviderManager(signIn, new OidcAuthorizationCodeAuthenticationProvider(
                                new RestClientAuthorizationCodeTokenResponseClient(), oidcUsers)))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessHandler(audit.onSignOut(LOGIN, oidc)))
                // The plain handler: the login page and the console's sign-out form carry the token as stored.
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .headers(headers -> headers.defaultsDisabled().cacheControl(withDefaults()));
        if (passwords) {
            http.formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                    .successHandler(audit.onSuccess(HOME)).failureHandler(audit.onFailure(LOGIN)));
        }
        if (oidc.isPresent()) {
            http.oauth2Login(login -> login.loginPage(LOGIN).clientRegistrationRepository(oidc.get())
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                            OidcProviders.authorizationRequests(oidc.get(), oidcOperators)))
                    .redirectionEndpoint(endpoint -> endpoint.baseUri(OidcProviders.CALLBACK + "*"))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .successHandler(audit.onSuccess(HOME)).failureHandler(audit.onProviderFailure(LOGIN)));
        }
        return http.build();
    }
}
