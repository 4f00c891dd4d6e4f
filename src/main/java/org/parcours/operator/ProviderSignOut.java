package org.parcours.operator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After signing out of Parcours, an operator signed in through a provider that publishes an
 * {@code end_session_endpoint} is sent there with {@code id_token_hint} and {@code post_logout_redirect_uri}
 * (Spring Security's handler) and a random {@code state}, which ProConnect requires; the provider sends the browser
 * back to the login page. The state is not checked on return: that page only says « signed out ».
 */
final class ProviderSignOut extends OidcClientInitiatedLogoutSuccessHandler {

    private static final SecureRandom RANDOM = new SecureRandom();

    ProviderSignOut(ClientRegistrationRepository providers, String signedOutPage) {
        super(providers);
        setPostLogoutRedirectUri("{baseUrl}" + signedOutPage);
        setDefaultTargetUrl(signedOutPage);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        String target = super.determineTargetUrl(request, response, authentication);
        if (!target.contains("id_token_hint=")) return target;
        byte[] state = new byte[32];
        RANDOM.nextBytes(state);
        return UriComponentsBuilder.fromUriString(target)
                .queryParam("state", Base64.getUrlEncoder().withoutPadding().encodeToString(state))
                .build(true).toUriString();
    }
}
