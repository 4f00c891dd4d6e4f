package org.parcours.team;

import java.time.Instant;
import java.util.Optional;

/**
 * The version of one answer of a set (which a change must name), when it last changed and by which member (empty:
 * the facilitator).
 */
public record AnswerMark(long version, Instant updatedAt, Optional<Integer> byMember) {
}
