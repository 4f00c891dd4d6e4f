package org.parcours.questionnaire;

/** Where a recommendation's claims come from. */
public record Source(String title, String url) {
}
