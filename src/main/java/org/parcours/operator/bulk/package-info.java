/**
 * The bulk export of a console filter: every assessment of one questionnaire version (its answers, scores, levels
 * and the ranks of its recommendations) as one row of CSV, XLSX (POI's streaming SXSSF) or ODS (written as a
 * stream), read and written one assessment at a time so that the set is never in memory.
 *
 * <p>May depend on: {@code assessment} (read-only), {@code engine}, {@code questionnaire}, {@code operator} (the
 * audit log), POI. No Vaadin.
 */
package org.parcours.operator.bulk;
