package org.parcours.report;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a report holds. The plan (the default) is what a team reads in five minutes and acts on: synthesis,
 * action plan, where it stands, the best options of each kind, pitches and speed boat. The complete edition adds
 * every option in full, the resources and the answers.
 */
public enum Edition {
    PLAN, COMPLETE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Edition> of(String id) {
        for (Edition e : values()) if (e.id().equals(id)) return Optional.of(e);
        return Optional.empty();
    }
}
