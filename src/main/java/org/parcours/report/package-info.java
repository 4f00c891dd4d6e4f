/**
 * The report model and its builder: {@link org.parcours.report.ReportBuilder} turns the engine's
 * {@link org.parcours.engine.Evaluation} into one immutable {@link org.parcours.report.Report} whose every text is
 * already resolved to one locale (plain strings; markdown kept as written and rendered to safe HTML). The screen
 * and every export (XLSX, PDF, HTML, JSON) render this model and nothing else.
 *
 * <p>May depend on: {@code org.parcours.questionnaire}, {@code org.parcours.engine}, commonmark and the JDK.
 * Never on Spring, JPA, Vaadin or POI (checked by {@code org.parcours.ArchitectureTest}).
 */
package org.parcours.report;
