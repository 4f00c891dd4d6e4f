/**
 * Limits on what one client may ask for: token buckets per client address for starting a diagnostic, opening a
 * resume link and downloading an export ({@code parcours.rate-limit.*}), with a refusal that says how long to wait.
 *
 * <p>May depend on: Spring. No Vaadin, no JPA: the pages and the downloads ask it.
 */
package org.parcours.limits;
