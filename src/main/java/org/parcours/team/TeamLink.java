package org.parcours.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team's secret link (facilitator, invitation or member): 256 random bits, URL-safe, as solo resume links are.
 * Only its SHA-256 is stored; each kind is looked up in its own column, so one kind never opens another.
 */
public record TeamLink(String value) {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TeamLink {
        if (value == null || !FORMAT.matcher(value).matches()) throw new IllegalArgumentException("not a team link");
    }

    static TeamLink random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new TeamLink(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The link in {@code text}, or empty when it cannot be one (checked before touching the database). */
    public static Optional<TeamLink> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new TeamLink(text)) : Optional.empty();
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
        return "TeamLink[…]";
    }
}
