package org.parcours.questionnaire;

/** Where an option lands on the speed-boat picture: what pushes (wind), what the team is (boat), what blocks (rock). */
public enum SpeedboatPart {
    WIND, BOAT, ROCK;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
