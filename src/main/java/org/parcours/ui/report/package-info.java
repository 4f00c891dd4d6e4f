/**
 * The report page: the HTML export's markup of the {@link org.parcours.report.Report} model, fetched by the
 * browser and built from the saved answers on each request, with what only the screen has — links back to the
 * phases and questions, « Cette recommandation vous a-t-elle aidé ? » under each recommendation, the choice of
 * edition, the downloads and the import of an edited plan sheet. It shows what the model says and computes nothing.
 */
package org.parcours.ui.report;
