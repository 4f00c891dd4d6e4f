package org.parcours.report;

/** A source or an example of a recommended item, listed once per address; {@code from} is that item's title. */
public record Resource(String title, String url, String note, String from) {
}
