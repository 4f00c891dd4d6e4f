package org.parcours.team;

import java.util.Optional;

/**
 * A new team diagnostic: the facilitator's link (kept by whoever runs it), the invitation link to share, and, for a
 * solo assessment turned into regards croisés, the link of the first member, who holds its answers.
 */
public record TeamCreated(TeamLink facilitator, TeamLink invitation, Optional<TeamLink> firstMember,
                          TeamState team) {
}
