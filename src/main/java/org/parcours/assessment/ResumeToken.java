package org.parcours.assessment;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret that reopens an assessment: 256 random bits, URL-safe. Only its SHA-256 is stored, so a leaked
 * database does not give access to the assessments.
 */
public record ResumeToken(String value) {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public ResumeToken {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a resume token");
        }
    }

    static ResumeToken random() {
        return new ResumeToken(Secrets.random(RANDOM_BYTES));
    }

    /** The token in {@code text}, or empty when it cannot be one (checked before touching the database). */
    public static Optional<ResumeToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new ResumeToken(text)) : Optional.empty();
    }

    String hash() {
        return Secrets.hash(value);
    }

    @Override
    public String toString() {
        // Never log the secret itself.
        return "ResumeToken[…]";
    }
}
