package org.parcours.tracker;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a tracked action's history: who (the name a member gave, if any: no account), which field, its
 * value before and after as stored (a status by its id, a date as ISO {@code yyyy-mm-dd}), and when.
 */
public record TrackedChange(String actionId, Optional<String> by, TrackedField field, Optional<String> before,
                            Optional<String> after, Instant at) {
}
