package org.parcours.questionnaire.yaml;

import java.util.regex.Pattern;

/** The formats ids must follow in a questionnaire. */
final class Ids {

    static final Pattern QUESTIONNAIRE_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern RECOMMENDATION_ID = Pattern.compile("[a-z0-9-]+");
    /** Options, dimensions, phases, levels: like question ids, also allowing '-'. */
    static final Pattern OTHER_ID = Pattern.compile("[a-z][a-z0-9_-]*");

    private Ids() {
    }
}
