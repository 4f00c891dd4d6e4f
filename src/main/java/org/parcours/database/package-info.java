/**
 * The embedded H2 database file, before anything opens it: its folder, created private to the user, and a check
 * that refuses to start on an empty or damaged file rather than silently starting on a new, empty database.
 *
 * <p>May depend on: Spring Boot's start-up hooks and plain JDBC. No JPA, no Vaadin, no H2 class: H2 stays a
 * run-time dependency, reached through its JDBC driver.
 */
package org.parcours.database;
