package org.parcours.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A member of a team: « Membre 3 » ({@code number}) unless they chose a display name, when they joined and were last
 * seen, the page they are on (presence), whether they said they have finished, and whether the facilitator revoked
 * them.
 */
public record Member(long id, int number, Optional<String> displayName, Instant joinedAt, Instant lastSeenAt,
                     Optional<String> currentPhase, int currentPart, Optional<Instant> finishedAt,
                     Optional<Instant> revokedAt) {

    /** A member seen within this time is shown as present. */
    public static final Duration PRESENT_WITHIN = Duration.ofSeconds(30);

    public boolean active() {
        return revokedAt.isEmpty();
    }

    public boolean finished() {
        return finishedAt.isPresent();
    }

    /** Whether the member's page has called in recently. */
    public boolean presentAt(Instant now) {
        return active() && !lastSeenAt.isBefore(now.minus(PRESENT_WITHIN));
    }
}
