/**
 * The questionnaire model and its loader: immutable records read from a folder of YAML files,
 * validated as a whole (every problem reported with file:line:column), with every CEL expression
 * compiled once at load time.
 *
 * <p>May depend on: the JDK, Jackson (YAML parsing), CEL ({@code dev.cel}). Never on Spring, JPA,
 * Vaadin or POI (checked by {@code org.parcours.ArchitectureTest}).
 */
package org.parcours.questionnaire;
