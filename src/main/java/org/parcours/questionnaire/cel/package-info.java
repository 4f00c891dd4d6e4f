/**
 * Internal: the only package that imports CEL. Compiles a questionnaire's expressions against its questions
 * (batch type-check, messages in the author's words, positions inside the expression), and runs them: directly
 * for the common subset, by a CEL program otherwise. Everything outside sees {@link
 * org.parcours.questionnaire.Condition} only.
 *
 * <p>May depend on: {@code org.parcours.questionnaire}, CEL, SLF4J.
 */
package org.parcours.questionnaire.cel;
