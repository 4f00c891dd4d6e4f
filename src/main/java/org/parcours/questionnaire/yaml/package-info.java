/**
 * Internal: YAML text → located tree ({@code YNode}) → model, reporting every problem at once as
 * {@code file:line:column}, including problems inside expressions (mapped from their place in the expression).
 *
 * <p>May depend on: {@code org.parcours.questionnaire}, {@code org.parcours.questionnaire.cel}, Jackson.
 */
package org.parcours.questionnaire.yaml;
