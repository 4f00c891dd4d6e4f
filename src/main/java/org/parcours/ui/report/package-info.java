/**
 * The report page: renders the {@link org.parcours.report.Report} model built from the team's saved answers, with
 * links back to the questions and the export downloads. It shows what the model says and computes nothing.
 */
package org.parcours.ui.report;
