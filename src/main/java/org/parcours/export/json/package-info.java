/**
 * The report as JSON (contract §10), written from the report model like every other export.
 *
 * <p>May depend on: {@code org.parcours.report}, {@code questionnaire} (the order of kinds), Jackson. No Spring,
 * JPA, Vaadin.
 */
package org.parcours.export.json;
