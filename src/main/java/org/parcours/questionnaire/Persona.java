package org.parcours.questionnaire;

/** Who a dissemination recommendation speaks to. */
public enum Persona {
    MAYOR, INNOVATION_DIRECTOR, INFLUENCER, CITIZEN;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
