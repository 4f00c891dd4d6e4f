package org.parcours.questionnaire;

/**
 * The kinds of recommendation; ranks are computed per kind (and component). The yaml id is the lower-case name.
 * {@code NETWORK} is who can help: networks, communities, public units, archives.
 */
public enum RecommendationKind {
    GOVERNANCE, LEGAL, LICENCE, FUNDING, ACTION, DISSEMINATION, NETWORK;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
