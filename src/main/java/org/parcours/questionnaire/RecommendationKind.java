package org.parcours.questionnaire;

/** The kinds of recommendation; ranks are computed per kind. The yaml id is the lower-case name. */
public enum RecommendationKind {
    GOVERNANCE, LEGAL, LICENCE, FUNDING, ACTION, DISSEMINATION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
