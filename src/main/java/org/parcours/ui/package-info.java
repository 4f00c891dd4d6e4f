/**
 * The web interface (Vaadin Flow): the shell layout with its language switch, the views, and the translation of
 * interface strings. Views call services only, never repositories, and never compute a score or pick a
 * recommendation themselves.
 */
package org.parcours.ui;
