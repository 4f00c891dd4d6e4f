package org.parcours.team;

import java.util.Arrays;
import java.util.Optional;

/** The two ways a team works: one shared answer set edited live, or each alone first and then agreed together. */
public enum TeamMode {
    /** Several people, or a facilitator sharing a screen, fill one answer set; everyone sees changes live. */
    ATELIER("atelier"),
    /** Each member answers alone, blind to the others; then the team compares and sets the agreed answers. */
    REGARDS_CROISES("regards-croises");

    private final String id;

    TeamMode(String id) {
        this.id = id;
    }

    /** The stored and URL form. */
    public String id() {
        return id;
    }

    public static Optional<TeamMode> of(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
