package org.parcours.ui;

/**
 * The addresses of the pages, in one place so that no page package needs another: an assessment (its resume link
 * reopens where the team was), one of its phases, a question on its page, and its report.
 */
public final class Routes {

    private Routes() {
    }

    public static String resume(String token) {
        return "a/" + token;
    }

    public static String phase(String token, String phaseId) {
        return "a/" + token + "/" + phaseId;
    }

    public static String report(String token) {
        return "a/" + token + "/report";
    }

    /** An earlier round of the diagnostic, read-only, through the current round's link. */
    public static String round(String token, int number) {
        return "a/" + token + "/round/" + number;
    }

    /** The page that holds a question, which then takes the focus: for links back from the report. */
    public static String question(String token, String phaseId, String questionId) {
        return phase(token, phaseId) + "?" + QUESTION_PARAMETER + "=" + questionId;
    }

    public static final String QUESTION_PARAMETER = "question";

    /**
     * The session attribute that holds a team's invitation link for the facilitator's page: the link is stored
     * hashed, so only the session that created or renewed it can show it.
     */
    public static String invitationAttribute(String facilitatorLink) {
        return "parcours.invitation." + facilitatorLink;
    }

    /** The session attribute that holds the link of member 1 of a team made from a solo assessment. */
    public static String firstMemberAttribute(String facilitatorLink) {
        return "parcours.first-member." + facilitatorLink;
    }

    /** A team's facilitator page. */
    public static String team(String facilitatorLink) {
        return "t/" + facilitatorLink;
    }

    /** The page an invitation link opens: join the team. */
    public static String join(String invitationLink) {
        return "j/" + invitationLink;
    }

    /** A team member's walk (their personal link). */
    public static String member(String memberLink) {
        return "m/" + memberLink;
    }

    public static String memberPhase(String memberLink, String phaseId) {
        return "m/" + memberLink + "/" + phaseId;
    }

    /** The comparison of a team's answers, by a facilitator's or a member's link. */
    public static String comparison(String link) {
        return "c/" + link;
    }

    /** A team's report, by a facilitator's or a member's link. */
    public static String teamReport(String link) {
        return "r/" + link;
    }
}
