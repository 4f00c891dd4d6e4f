package org.parcours.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report needs to show a team's progress: its earlier rounds (oldest first), the target level it set per
 * phase, and the plan actions it marked done since the last round.
 *
 * @param previous     earlier rounds, sorted oldest first here whatever the order given
 * @param targetLevels a level id per phase id (levels of the dimension scored for the phase)
 * @param actionsDone  ids of the plan's actions marked done since the last round
 */
public record ProgressInput(List<PreviousRound> previous, Map<String, String> targetLevels, Set<String> actionsDone) {

    /** No earlier round, no target, nothing done: a first diagnostic. */
    public static final ProgressInput NONE = new ProgressInput(List.of(), Map.of(), Set.of());

    public ProgressInput {
        previous = previous.stream().sorted(Comparator.comparing(PreviousRound::date)).toList();
        targetLevels = Map.copyOf(targetLevels);
        actionsDone = Set.copyOf(actionsDone);
    }

    public ProgressInput withPrevious(List<PreviousRound> rounds) {
        return new ProgressInput(rounds, targetLevels, actionsDone);
    }

    public ProgressInput withTargets(Map<String, String> targets) {
        return new ProgressInput(previous, targets, actionsDone);
    }

    public ProgressInput withActionsDone(Set<String> done) {
        return new ProgressInput(previous, targetLevels, done);
    }
}
