package org.parcours.operator;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * Turns an identity a provider vouched for (its ID token, verified by Spring Security, and its userinfo, read by
 * {@link SignedUserInfo} as JSON or signed JWT) into an operator with the role the configuration gives it, or
 * refuses it with an {@link UnknownOperatorException}. The userinfo is always read when the provider has one, so
 * that an e-mail address the ID token leaves out (ProConnect's case) still counts.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final OidcOperators operators;

    OidcSignIn(OidcOperators operators) {
        this.operators = operators;
        standard.setOauth2UserService(new SignedUserInfo());
        standard.setRetrieveUserInfo(request -> StringUtils.hasText(
                request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()));
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = standard.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        String name = OidcOperators.nameOf(registrationId, user.getClaims());
        OperatorRole role = operators.roleOf(registrationId, user.getClaims())
                .orElseThrow(() -> new UnknownOperatorException(name, registrationId));
        Collection<GrantedAuthority> authorities = role.authorities().stream()
                .map(authority -> (GrantedAuthority) new SimpleGrantedAuthority(authority)).toList();
        return new SignedInByProvider(authorities, user, name);
    }

    /** The provider's identity, named as the audit log and the console name it. */
    static final class SignedInByProvider extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String operatorName;

        SignedInByProvider(Collection<GrantedAuthority> authorities, OidcUser user, String operatorName) {
            super(authorities, user.getIdToken(), user.getUserInfo());
            this.operatorName = operatorName;
        }

        @Override
        public String getName() {
            return operatorName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignedInByProvider that && super.equals(that)
                    && operatorName.equals(that.operatorName);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + operatorName.hashCode();
        }
    }
}
