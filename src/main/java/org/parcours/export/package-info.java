/**
 * Exports of the report model: one writer per format (XLSX with POI, PDF with openhtmltopdf, standalone HTML,
 * the contract's JSON), each rendering a {@link org.parcours.report.Report} and nothing else.
 * {@link org.parcours.export.ReportExporter} picks the writer of an {@link org.parcours.export.ExportFormat};
 * {@link org.parcours.export.ExportFileName} names the file.
 *
 * <p>May depend on: {@code org.parcours.report} (and its {@code svg}), POI, openhtmltopdf, Jackson. Never on
 * Spring, JPA or Vaadin: the web app and the command line call it alike.
 */
package org.parcours.export;
