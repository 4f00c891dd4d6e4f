package org.parcours.ui.walk;

/** The addresses of an assessment: the resume link opens where the team was, a phase, or the report. */
public final class WalkRoutes {

    private WalkRoutes() {
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

    static final String QUESTION_PARAMETER = "question";
}
