/**
 * The operator side of an instance: operator accounts and their sign-in (Spring Security, for {@code /admin/**}
 * only: teams never need an account), the login throttle, the audit log of every operator action, and the
 * {@code admin} command that creates accounts.
 *
 * <p>May depend on: Spring (security, JDBC), {@code markup} for the login page. No JPA (persistence stays in
 * {@code assessment}), no Vaadin: the console's pages live in {@code ui.admin}.
 */
package org.parcours.operator;
