/**
 * The command line: {@code validate}, {@code test}, {@code report} and {@code compare}, run without starting the
 * web server ({@code admin}, which needs the database, is {@code operator.AdminCommand}, dispatched by
 * {@code Application}).
 *
 * <p>May depend on: the core ({@code questionnaire}, {@code engine}, {@code report}) and {@code export}.
 * No Spring, JPA or Vaadin: {@code Application.main} calls {@link org.parcours.cli.Cli} before Spring starts.
 */
package org.parcours.cli;
