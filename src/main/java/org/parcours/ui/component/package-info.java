/**
 * Light Vaadin building blocks that know nothing of questionnaires or assessments: static {@code Markup} (one
 * element whose {@code innerHTML} is an escaped {@code Html} value), {@code SharedHtml} (markup shared by every
 * session), and radio and checkbox groups whose options are bare elements. They are what keeps a page's server
 * memory small (docs/performance.md).
 *
 * <p>May depend on: Vaadin, {@code org.parcours.markup}. Never on the domain packages (checked by ArchUnit).
 */
package org.parcours.ui.component;
