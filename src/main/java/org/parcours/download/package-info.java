/**
 * The files a team downloads from its report page: each export built once per assessment revision, format,
 * edition, language and report date, and kept in memory within a bound ({@code parcours.export-cache.max-bytes}),
 * so that a team clicking « PDF » again, or several teammates downloading the same report, cost one build. An
 * answer changed makes a new revision (the old files go); an erased assessment's files go at once.
 *
 * <p>May depend on: {@code assessment}, {@code report}, {@code export}, Spring. No UI.
 */
package org.parcours.download;
