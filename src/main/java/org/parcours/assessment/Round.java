package org.parcours.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.engine.CarryOver;
import org.parcours.questionnaire.LocalizedText;

/**
 * Where an assessment stands among its team's rounds of the diagnostic, and what the team must still look at
 * because the round started from the previous one's answers.
 *
 * @param number     1 for a first diagnostic, one more at each round taken again
 * @param series     the id of the series' first round (this assessment's own id while it was never taken again)
 * @param toConfirm  the questions whose answer was carried over from the previous round and is « à confirmer »:
 *                   neither saved again nor confirmed since
 * @param leftBehind what the previous round's answers held that this round's questionnaire version could not take
 */
public record Round(int number, long series, Set<String> toConfirm, List<LeftBehind> leftBehind) {

    public Round {
        toConfirm = Set.copyOf(toConfirm);
        leftBehind = List.copyOf(leftBehind);
    }

    /** A round after the first. */
    public boolean repeated() {
        return number > 1;
    }

    public boolean toConfirm(String questionId) {
        return toConfirm.contains(questionId);
    }

    /**
     * An answer of the previous round, or one chosen option of it, that this round could not take.
     *
     * @param questionId the question as the previous round's version named it
     * @param option     the option left out, when only an option was
     * @param reason     why
     * @param subject    what the previous version called it: the question's label, and the option's label after it
     */
    public record LeftBehind(String questionId, Optional<String> option, CarryOver.Reason reason,
                             LocalizedText subject) {
    }
}
