package org.parcours.operator;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password against the operator accounts, behind the {@link LoginThrottle}: a throttled account
 * or address is refused before its password is even compared. An unknown name costs as much time as a wrong
 * password (Spring's provider hashes a dummy), so the answer tells nothing about which names exist.
 */
class OperatorSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    OperatorSignIn(OperatorAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(userDetails(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = address(attempt).orElse(null);
        Optional<java.time.Duration> blocked = throttle.blockedFor(name, address);
        if (blocked.isPresent()) throw new LoginThrottledException(blocked.get());
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(name);
            return result;
        } catch (BadCredentialsException refused) {
            throttle.failed(name, address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static Optional<String> address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress()) : Optional.empty();
    }

    private static UserDetailsService userDetails(OperatorAccounts accounts) {
        return name -> accounts.find(name)
                .map(account -> User.withUsername(account.name()).password(account.passwordHash())
                        .authorities(account.role().authorities().stream().map(SimpleGrantedAuthority::new).toList()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such operator"));
    }
}
