/**
 * Parcours, a guided self-assessment engine. The root package only starts the application and configures the
 * page shell (stylesheets); every feature lives in its own sub-package.
 */
package org.parcours;
