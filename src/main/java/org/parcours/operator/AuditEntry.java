package org.parcours.operator;

import java.time.Instant;
import java.util.Optional;

/** One line of the audit log: when, who, what, on what, and from which address. */
public record AuditEntry(Instant at, String actor, AuditAction action, Optional<String> target,
        Optional<String> clientAddress) {
}
