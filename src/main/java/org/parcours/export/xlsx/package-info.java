/**
 * The report as an Excel workbook (Apache POI): Summary with a native bar chart, Action plan with empty status and
 * owner columns for the team, Options, Answers and Speed boat. Every text is written as a string cell, never a
 * formula, and a text starting like a formula is also quote-prefixed (see {@link org.parcours.export.xlsx.Cells}).
 *
 * <p>May depend on: {@code org.parcours.report}, POI.
 */
package org.parcours.export.xlsx;
