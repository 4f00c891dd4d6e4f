package org.parcours.tracker;

/**
 * Whose plan is followed: a (solo) assessment's, or a team diagnostic's. Each keeps its tracked actions and their
 * history in tables of its own, which go with it by their foreign keys.
 *
 * @param kind which of the two
 * @param id   the assessment's or the team's row
 */
record PlanOwner(Kind kind, long id) {

    enum Kind {
        ASSESSMENT("assessment", "tracked_action", "tracked_action_change", "assessment_id"),
        TEAM("team", "team_tracked_action", "team_tracked_action_change", "team_id");

        /** Constant names, never from input: they are written into the statements. */
        final String owners;
        final String actions;
        final String changes;
        final String key;

        Kind(String owners, String actions, String changes, String key) {
            this.owners = owners;
            this.actions = actions;
            this.changes = changes;
            this.key = key;
        }
    }

    static PlanOwner assessment(long id) {
        return new PlanOwner(Kind.ASSESSMENT, id);
    }

    static PlanOwner team(long id) {
        return new PlanOwner(Kind.TEAM, id);
    }

    /** A statement with {@code {owners}}, {@code {actions}}, {@code {changes}} and {@code {key}} named for this kind. */
    String sql(String template) {
        return template.replace("{owners}", kind.owners).replace("{actions}", kind.actions)
                .replace("{changes}", kind.changes).replace("{key}", kind.key);
    }
}
