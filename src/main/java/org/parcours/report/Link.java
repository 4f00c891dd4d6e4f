package org.parcours.report;

/** A titled web address (a source or an example); {@code note} is empty when there is none. */
public record Link(String title, String url, String note) {
}
