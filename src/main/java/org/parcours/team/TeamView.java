package org.parcours.team;

/**
 * What one link opens. The facilitator's view has no member; a member's view says who they are and holds the
 * answers they edit: the shared set in an atelier, their own in regards croisés.
 */
public sealed interface TeamView {

    TeamState team();

    /** The facilitator's page: members, links to hand out, comparison, agreed answers, closing. */
    record Facilitator(TeamState team) implements TeamView {
    }

    /** A member's page. */
    record AsMember(TeamState team, Member me, AnswerSet answers) implements TeamView {
    }
}
