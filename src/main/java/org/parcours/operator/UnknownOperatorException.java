package org.parcours.operator;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A provider vouched for this identity, but the configuration grants it no role here. */
class UnknownOperatorException extends OAuth2AuthenticationException {

    static final String CODE = "parcours_unknown_operator";

    private final String identity;
    private final String registrationId;

    UnknownOperatorException(String identity, String registrationId) {
        super(new OAuth2Error(CODE), "'" + identity + "' (" + registrationId + ") is not an operator of this instance");
        this.identity = identity;
        this.registrationId = registrationId;
    }

    String identity() {
        return identity;
    }

    String registrationId() {
        return registrationId;
    }
}
