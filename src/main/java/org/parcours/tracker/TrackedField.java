package org.parcours.tracker;

import java.util.Arrays;
import java.util.Locale;

/** What a change of a tracked action changed; each changed field is one line of its history. */
public enum TrackedField {
    STATUS, OWNER, DUE, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TrackedField ofId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown tracked field " + id));
    }
}
