/**
 * The action tracker: how a team follows each action of its plan — a status (à lancer, en cours, fait,
 * abandonné), an owner typed as free text, a due date and a note — with the history of every change. Changes
 * follow the answers' rules: each tracked action has its own version, a change made on an older one is a
 * conflict told to the caller, changes of different actions never conflict. {@link
 * org.parcours.tracker.TrackerService} is the only way in; {@link org.parcours.tracker.PlanSheetImport} reads back
 * a plan sheet edited offline (XLSX or ODS). Plain SQL, like the team tables: the version check is in the
 * statement.
 */
package org.parcours.tracker;
