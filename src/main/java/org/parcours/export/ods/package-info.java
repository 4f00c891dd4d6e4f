/**
 * The report as an OpenDocument spreadsheet, written with SODS (public domain, no dependency) from the same
 * workbook model as the XLSX.
 *
 * <p>May depend on: {@code org.parcours.export.workbook}, {@code org.parcours.report}, {@code org.parcours.markup},
 * SODS.
 */
package org.parcours.export.ods;
