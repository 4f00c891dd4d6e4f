/**
 * Figures over many assessments for the operator: per questionnaire version, the levels reached per phase, the
 * options recommended first per kind, the brakes and levers chosen most, the completion rate and the feedback on
 * recommendations, every figure computed over at least k assessments (the anonymity threshold, 5 by default,
 * never below 3), smaller groups merged or hidden; drawn as SVG with a text alternative, written as CSV, ODS and
 * an open-data JSON.
 *
 * <p>May depend on: {@code assessment} (the evaluations, read-only), {@code engine}, {@code questionnaire},
 * {@code markup}, SODS and Jackson for the files, Spring. No Vaadin.
 */
package org.parcours.operator.aggregate;
