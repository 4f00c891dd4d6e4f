package org.parcours.operator.aggregate;

/** One figure: what is counted ({@code key}, stable, and {@code label}, in the chosen language) and how many. */
public record Cell(String key, String label, int count) {
}
