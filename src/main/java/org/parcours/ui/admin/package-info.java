/**
 * The operator console under {@code /admin}: its home, the audit log, and the access check that keeps each view
 * to the roles it names ({@code @RolesAllowed}), also when Vaadin moves between views without a page request.
 *
 * <p>May depend on: the {@code operator} services, Spring Security's session context, {@code ui} (the shell) and
 * {@code ui.component}. Never a repository.
 */
package org.parcours.ui.admin;
