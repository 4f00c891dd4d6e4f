/**
 * What every HTTP response says before any page runs: the security headers, and the methods the application
 * answers at all.
 *
 * <p>May depend on: Spring's servlet support. No Vaadin, no JPA: it sits in front of both.
 */
package org.parcours.web;
