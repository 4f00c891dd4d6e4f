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

    /** The page that holds a question, which then takes the focus: for links back from the report. */
    public static String question(String token, String phaseId, String questionId) {
        return phase(token, phaseId) + "?" + QUESTION_PARAMETER + "=" + questionId;
    }

    public static final String QUESTION_PARAMETER = "question";
}
