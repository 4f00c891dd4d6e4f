package org.parcours.assessment;

import java.time.Instant;

/**
 * What another feature keeps of a diagnostic outside the assessment tables (a team diagnostic, say): the purge
 * erases it on the same retention, counted from its own last change, and the console's count includes it.
 */
public interface ExpiringData {

    /** How many would go with this cutoff. */
    int countUnchangedSince(Instant cutoff);

    /** Erases what no one changed since {@code cutoff}; returns how many went. */
    int eraseUnchangedSince(Instant cutoff);
}
