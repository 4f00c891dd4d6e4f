/**
 * The one safe-markup toolkit: escaping for XML and HTML, an escaping HTML builder, and Markdown rendered
 * with raw HTML escaped. Every writer of markup (the screen, the report exports, the SVG pictures) goes
 * through it, so user and author text is escaped by construction.
 *
 * <p>May depend on: commonmark and the JDK only.
 */
package org.parcours.markup;
