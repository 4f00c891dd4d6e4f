package org.parcours.engine;

/**
 * How many members gave one value: an option id (single and multiple questions), {@code "true"} or
 * {@code "false"} (boolean questions), or a whole number as written in answers files (scale questions, {@code "3"}).
 */
public record ValueCount(String value, int count) {
}
