package org.parcours.operator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in through OpenID Connect, and with which role: identities listed per role in the configuration,
 * by e-mail address ({@code parcours.operators.oidc.admin.emails[0]=camille@example.gouv.fr}), by subject as
 * {@code registration-id:sub} ({@code parcours.operators.oidc.operator.subjects[0]=proconnect:4a1c…}), or by the
 * values of one claim ({@code parcours.operators.oidc.role-claim=roles} with {@code .admin.claim-values[0]=…}).
 * An identity matching both roles is an administrator; one matching none is refused.
 *
 * <p>{@link #authorizationParametersOf} adds what a provider asks on its authorization request ({@code acr_values},
 * {@code claims}).
 *
 * <p>An e-mail address counts only when the provider does not say it is unverified ({@code email_verified} false):
 * ProConnect sends no such claim, its addresses come from the agents' own organisations.
 */
@ConfigurationProperties("parcours.operators.oidc")
record OidcOperators(Grant admin, Grant operator, String roleClaim,
        Map<String, Map<String, String>> authorizationParameters) {

    /** The identities granted one role. */
    record Grant(List<String> emails, List<String> subjects, List<String> claimValues) {

        Grant {
            emails = normalized(emails);
            subjects = subjects == null ? List.of() : subjects.stream().map(String::strip).toList();
            claimValues = claimValues == null ? List.of() : List.copyOf(claimValues);
        }

        static Grant none() {
            return new Grant(null, null, null);
        }

        boolean grants(String registrationId, Map<String, Object> claims, String roleClaim) {
            Object subject = claims.get("sub");
            if (subject != null && subjects.contains(registrationId + ":" + subject)) return true;
            if (verifiedEmail(claims).filter(emails::contains).isPresent()) return true;
            return roleClaim != null && !roleClaim.isBlank()
                    && values(claims.get(roleClaim)).anyMatch(claimValues::contains);
        }

        private static List<String> normalized(List<String> emails) {
            return emails == null ? List.of() : emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).toList();
        }
    }

    OidcOperators {
        admin = admin == null ? Grant.none() : admin;
        operator = operator == null ? Grant.none() : operator;
        authorizationParameters = authorizationParameters == null ? Map.of() : Map.copyOf(authorizationParameters);
    }

    /**
     * Parameters a provider wants on its authorization request beyond the protocol's own, per registration:
     * {@code parcours.operators.oidc.authorization-parameters.proconnect.[acr_values]=eidas1} (the brackets keep
     * the underscore, which Spring Boot would otherwise drop from a map key).
     */
    Map<String, String> authorizationParametersOf(String registrationId) {
        return authorizationParameters.getOrDefault(registrationId, Map.of());
    }

    /** The role these claims (the ID token's and the userinfo's together) are given, if any. */
    Optional<OperatorRole> roleOf(String registrationId, Map<String, Object> claims) {
        if (admin.grants(registrationId, claims, roleClaim)) return Optional.of(OperatorRole.ADMIN);
        if (operator.grants(registrationId, claims, roleClaim)) return Optional.of(OperatorRole.OPERATOR);
        return Optional.empty();
    }

    /** How the identity is named in the audit log and on the console: its e-mail, else provider and subject. */
    static String nameOf(String registrationId, Map<String, Object> claims) {
        return verifiedEmail(claims).orElse(registrationId + ":" + claims.get("sub"));
    }

    static Optional<String> verifiedEmail(Map<String, Object> claims) {
        if (!(claims.get("email") instanceof String email) || email.isBlank()) return Optional.empty();
        if (Boolean.FALSE.equals(claims.get("email_verified")) || "false".equals(claims.get("email_verified"))) {
            return Optional.empty();
        }
        return Optional.of(email.strip().toLowerCase(Locale.ROOT));
    }

    private static Stream<String> values(Object claim) {
        if (claim instanceof String text) return Stream.of(text);
        if (claim instanceof Collection<?> many) return many.stream().map(String::valueOf);
        return Stream.empty();
    }
}
