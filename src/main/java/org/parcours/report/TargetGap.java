package org.parcours.report;

import java.util.Optional;

/**
 * How far a phase is from the level the team set as its target, in the synthesis.
 *
 * @param target  the target level
 * @param current the level reached now, when the phase has one
 * @param gap     levels still to climb: 0 when the target is reached or passed
 * @param text    the same in words (« 1 niveau à gagner », « cible atteinte »)
 */
public record TargetGap(String phaseId, String phaseTitle, Score.Level target, Optional<Score.Level> current, int gap,
                        String text) {

    public boolean reached() {
        return gap == 0;
    }
}
