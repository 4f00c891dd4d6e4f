/**
 * The report as a workbook, whatever the file format: sheets of typed cells built once from the report model, so
 * that the XLSX and ODS writers hold the same sheets and the same content.
 *
 * <p>May depend on: {@code org.parcours.report}. No POI, no SODS.
 */
package org.parcours.export.workbook;
