package org.parcours.questionnaire;

/** Where a recommendation's claims come from; the title may be localised (a French gloss of an English title). */
public record Source(LocalizedText title, String url) {
}
