/**
 * The questionnaire model everyone imports: immutable records, {@link org.parcours.questionnaire.Condition}
 * (an interface), {@link org.parcours.questionnaire.Bindings} read by index, and the loader facades
 * ({@link org.parcours.questionnaire.QuestionnaireLoader}, {@link org.parcours.questionnaire.AnswersFile}).
 * Reading YAML is {@code questionnaire.yaml}'s job and compiling expressions {@code questionnaire.cel}'s; both
 * are internal.
 *
 * <p>May depend on: the JDK; its facades delegate to its own internal packages. Never on Spring, JPA,
 * Vaadin, POI or CEL (checked by {@code org.parcours.ArchitectureTest}).
 */
package org.parcours.questionnaire;
