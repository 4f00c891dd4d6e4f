/**
 * The team diagnostic's own pages: joining by the invitation, the facilitator's page (links, members, opening the
 * comparison, agreed answers prefilled with the engine's proposals, closing) and the comparison, most divergent
 * first. The member's walk is the solo walk's ({@link org.parcours.ui.walk.TeamWalkView}); the report is
 * {@code ui.report}'s. Everything shown comes from {@link org.parcours.team.TeamService} and the report model.
 */
package org.parcours.ui.team;
