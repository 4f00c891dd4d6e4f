package org.parcours.engine;

/** When an action of the plan is for: this quarter, then, or later. */
public enum Horizon {
    NOW, NEXT, LATER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
