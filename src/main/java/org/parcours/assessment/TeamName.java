package org.parcours.assessment;

import java.util.Optional;

/** The optional team or project name: trimmed, without control characters, at most {@value #MAX_LENGTH} long. */
public final class TeamName {

    public static final int MAX_LENGTH = 120;

    private TeamName() {
    }

    /** Whether the name, once cleaned, is short enough to be stored. */
    public static boolean fits(String raw) {
        if (raw == null) return true;
        String name = strip(raw);
        return name.codePointCount(0, name.length()) <= MAX_LENGTH;
    }

    /**
     * The name to store, empty for a blank one.
     *
     * @throws IllegalArgumentException when it is longer than {@value #MAX_LENGTH} characters
     */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = strip(raw);
        if (!fits(name)) {
            throw new IllegalArgumentException("team name longer than " + MAX_LENGTH + " characters");
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static String strip(String raw) {
        return raw.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
