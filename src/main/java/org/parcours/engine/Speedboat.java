package org.parcours.engine;

import java.util.List;
import java.util.Optional;

/** The speed-boat picture: what pushes, what the team is, what blocks, and where it wants to go. */
public record Speedboat(List<SpeedboatItem> wind, List<SpeedboatItem> boat, List<SpeedboatItem> rocks,
                        Optional<String> island) {

    public Speedboat {
        wind = List.copyOf(wind);
        boat = List.copyOf(boat);
        rocks = List.copyOf(rocks);
    }
}
