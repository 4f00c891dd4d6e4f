package org.parcours.operator;

import java.util.Locale;
import java.util.Optional;

/** What an operator may do: {@code OPERATOR} reads, exports and sees aggregates; {@code ADMIN} also erases. */
public enum OperatorRole {
    OPERATOR,
    ADMIN;

    /** The authority Spring Security checks ({@code hasRole}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** What the role grants: an administrator may do all an operator may, and more. */
    public java.util.List<String> authorities() {
        return this == ADMIN ? java.util.List.of(ADMIN.authority(), OPERATOR.authority())
                : java.util.List.of(authority());
    }

    static Optional<OperatorRole> parse(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
