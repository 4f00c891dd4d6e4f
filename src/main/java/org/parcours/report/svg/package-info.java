/**
 * Pictures of the report drawn on the server as self-contained SVG (no external font or image), so the same
 * markup embeds in the web page, the HTML export and the PDF: the phase chart and the speed boat. Each comes with
 * a text alternative. User text is escaped and long texts are wrapped or cut.
 *
 * <p>May depend on: {@code org.parcours.report} and the JDK only.
 */
package org.parcours.report.svg;
