package org.parcours.team;

/** What became of following the invitation link. */
public sealed interface JoinOutcome {

    /** A new member, with the personal link that reopens their page. */
    record Joined(TeamLink link, Member member, TeamState team) implements JoinOutcome {
    }

    /** Refused: the team already holds {@code max} members. */
    record Full(int max) implements JoinOutcome {
    }

    /** Refused: the team is closed. */
    record Closed() implements JoinOutcome {
    }

    /** The invitation opens nothing: unknown, or renewed since. */
    record NotFound() implements JoinOutcome {
    }
}
