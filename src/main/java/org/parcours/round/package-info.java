/**
 * Rounds over time (issue 15): a team takes its diagnostic again months later and sees how far it came. This
 * feature ties the stored rounds ({@code assessment}) to the follow-up of the plan ({@code tracker}) and to the
 * report's « Votre progression »: it starts a round with the previous round's tracked actions and targets, keeps
 * the target level a team sets per phase, and gathers what the report's progression reads.
 */
package org.parcours.round;
