package org.parcours.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret that reopens an assessment: 256 random bits, URL-safe. Only its SHA-256 is stored, so a leaked
 * database does not give access to the assessments.
 */
public record ResumeToken(String value) {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ResumeToken {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a resume token");
        }
    }

    static ResumeToken random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ResumeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in {@code text}, or empty when it cannot be one (checked before touching the database). */
    public static Optional<ResumeToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new ResumeToken(text)) : Optional.empty();
    }

    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    @Override
    public String toString() {
        // Never log the secret itself.
        return "ResumeToken[…]";
    }
}
