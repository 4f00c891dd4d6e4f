package org.parcours.engine;

/** How many visible questions hold a valid answer. */
public record Progress(int answered, int visible) {

    /** 0..100; 100 when nothing is visible (nothing left to answer). */
    public double percent() {
        return visible == 0 ? 100.0 : 100.0 * answered / visible;
    }
}
