package org.parcours.questionnaire;

/** What a funding recommendation can pay for ({@code pays_for}). */
public enum PaysFor {
    INITIAL_BUILD, MAINTENANCE, SUPPORT_FUNCTIONS, LIVING_CONDITIONS, COMMUNICATION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
