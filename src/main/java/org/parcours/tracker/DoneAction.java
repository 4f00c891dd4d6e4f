package org.parcours.tracker;

import java.time.Instant;

/** An action marked « fait » and still so: when it last became done. */
public record DoneAction(String actionId, Instant doneAt) {
}
