package org.parcours.questionnaire;

/** How much work a recommendation asks; lower effort ranks first between equal fits. */
public enum Effort {
    LOW, MEDIUM, HIGH;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
