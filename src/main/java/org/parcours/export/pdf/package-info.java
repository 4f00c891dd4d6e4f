/**
 * The report as a tagged, accessible PDF (PDF/UA: title, language, headings, bookmarks, alternative text for the
 * pictures), rendered by openhtmltopdf on PDFBox 3 from the same XHTML as the HTML export, with DejaVu Sans
 * embedded (bundled under {@code fonts/} with its licence).
 *
 * <p>May depend on: {@code org.parcours.report}, {@code org.parcours.export.html}, openhtmltopdf.
 */
package org.parcours.export.pdf;
