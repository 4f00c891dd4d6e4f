package org.parcours.team;

import org.parcours.assessment.Secrets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team's secret link (facilitator, invitation or member): 256 random bits, URL-safe, as solo resume links are.
 * Only its SHA-256 is stored; each kind is looked up in its own column, so one kind never opens another.
 */
public record TeamLink(String value) {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public TeamLink {
        if (value == null || !FORMAT.matcher(value).matches()) throw new IllegalArgumentException("not a team link");
    }

    static TeamLink random() {
        return new TeamLink(Secrets.random(RANDOM_BYTES));
    }

    /** The link in {@code text}, or empty when it cannot be one (checked before touching the database). */
    public static Optional<TeamLink> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new TeamLink(text)) : Optional.empty();
    }

    String hash() {
        return Secrets.hash(value);
    }

    @Override
    public String toString() {
        return "TeamLink[…]";
    }
}
