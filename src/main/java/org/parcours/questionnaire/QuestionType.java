package org.parcours.questionnaire;

/** The kinds of question; the yaml id is the lower-case name. */
public enum QuestionType {
    SINGLE, MULTIPLE, SCALE, BOOLEAN, NUMBER, TEXT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
