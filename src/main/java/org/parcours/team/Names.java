package org.parcours.team;

import java.util.Optional;

/** Short user text (team name, display name, reason): on one line, trimmed, within a length; blank means none. */
final class Names {

    private Names() {
    }

    /** @throws IllegalArgumentException when longer than {@code max} characters, naming {@code what} */
    static Optional<String> clean(String raw, int max, String what) {
        if (raw == null) return Optional.empty();
        String text = raw.replaceAll("\\p{Cntrl}", " ").strip();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new IllegalArgumentException(what + " longer than " + max + " characters (" + length + ")");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
