/**
 * The report as JSON (contract §10). For now it writes straight from the engine's
 * {@link org.parcours.engine.Evaluation}; the report issue switches it to the report model.
 *
 * <p>May depend on: {@code questionnaire}, {@code engine} (later {@code report}), Jackson. No Spring, JPA, Vaadin.
 */
package org.parcours.export.json;
