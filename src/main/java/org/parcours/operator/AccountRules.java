package org.parcours.operator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a name, a password and a stored hash must be, each refusal one sentence saying what is wrong. Bcrypt reads
 * at most 72 bytes, so a longer password would be cut without a word: it is refused instead.
 */
final class AccountRules {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_NAME = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private AccountRules() {
    }

    static Optional<String> nameProblem(String name) {
        if (name == null || name.isEmpty()) return Optional.of("the operator name is empty");
        if (name.length() > MAX_NAME) return Optional.of("the operator name is longer than " + MAX_NAME + " characters");
        if (!NAME.matcher(name).matches()) {
            return Optional.of("the operator name '" + name + "' may only hold letters, digits and . _ @ - "
                    + "(and starts with a letter or digit)");
        }
        return Optional.empty();
    }

    static Optional<String> passwordProblem(String password) {
        if (password == null || password.isEmpty()) return Optional.of("the password is empty");
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            return Optional.of("the password is shorter than " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("the password is longer than " + MAX_PASSWORD_BYTES + " bytes, which bcrypt would cut");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the password holds a control character");
        }
        return Optional.empty();
    }

    static void refuse(String problem) {
        throw new IllegalArgumentException(problem);
    }

    static boolean isBcrypt(String hash) {
        return hash != null && BCRYPT.matcher(hash).matches();
    }
}
