/**
 * Team diagnostics: several people answer one questionnaire snapshot, either together on one shared answer set
 * (atelier, live) or each alone first and then together on agreed answers (regards croisés), without accounts.
 * {@link org.parcours.team.TeamService} is the only way in: facilitator, invitation and member links (256 random
 * bits, stored hashed), joining with a cap on members, revoking, renewing the invitation, turning a solo assessment
 * into a team one, and every answer through the engine's checks with per-answer optimistic versions. The database
 * is the truth: {@link org.parcours.team.TeamService#revision} is what every node polls to see others' changes.
 *
 * <p>May depend on: {@code questionnaire}, {@code engine}, {@code assessment} (snapshots, solo assessments, the
 * answer codec), Spring's JDBC and transactions. Never on the interface.
 */
package org.parcours.team;
