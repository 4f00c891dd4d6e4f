/**
 * The report as one standalone, printable XHTML page: {@code lang} set, inline CSS (print rules included), inline
 * SVG pictures, no script and no external resource; every text escaped and markdown rendered without raw HTML.
 * The same markup, in its {@link org.parcours.export.html.HtmlReport.Variant#PDF} variant, feeds the PDF renderer.
 *
 * <p>May depend on: {@code org.parcours.report} and the JDK.
 */
package org.parcours.export.html;
