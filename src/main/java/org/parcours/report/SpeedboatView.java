package org.parcours.report;

import java.util.List;
import java.util.Optional;

/**
 * The speed boat in the report's locale: what pushes the team (wind), what it is made of (boat), what blocks it
 * (rocks), each note with the question and answer it comes from; and the island, the team's own words for where
 * it wants to go (user text, empty when not given).
 */
public record SpeedboatView(List<Note> wind, List<Note> boat, List<Note> rocks, Optional<String> island) {

    /** One note on the picture and where it comes from. */
    public record Note(String text, QuestionRef question, String answer) {
    }

    public SpeedboatView {
        wind = List.copyOf(wind);
        boat = List.copyOf(boat);
        rocks = List.copyOf(rocks);
    }

    public boolean isEmpty() {
        return wind.isEmpty() && boat.isEmpty() && rocks.isEmpty() && island.isEmpty();
    }
}
