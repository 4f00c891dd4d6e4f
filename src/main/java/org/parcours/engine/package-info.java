/**
 * Evaluation of answers against a loaded questionnaire: visibility, answer checks, progress, dimension
 * scores and bands, ranked recommendations with their reasons, and the speed boat. Also compares several members'
 * answers (spread, divergence index, proposed agreed answers) and runs content tests.
 *
 * <p>May depend on: {@code org.parcours.questionnaire} and the JDK. Never on Spring, JPA, Vaadin, POI, nor
 * directly on CEL (expressions hide behind {@link org.parcours.questionnaire.Condition}).
 */
package org.parcours.engine;
