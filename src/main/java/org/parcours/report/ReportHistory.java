package org.parcours.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * « Votre progression »: the team's rounds side by side, resolved to the report's locale. Each earlier round was
 * evaluated against its own questionnaire version, so its scores are the ones the team saw then.
 *
 * @param rounds      every round, oldest first, the current one last
 * @param phases      each phase of the current questionnaire, its score in each round and the levels gained or lost
 *                    since the last round
 * @param appeared    recommendations made now that the last round did not make
 * @param wentAway    recommendations the last round made that are no longer made
 * @param actionsDone the plan's actions marked done since the last round
 */
public record ReportHistory(List<Round> rounds, List<PhaseLine> phases, List<Change> appeared, List<Change> wentAway,
                            List<Change> actionsDone) {

    public ReportHistory {
        rounds = List.copyOf(rounds);
        phases = List.copyOf(phases);
        appeared = List.copyOf(appeared);
        wentAway = List.copyOf(wentAway);
        actionsDone = List.copyOf(actionsDone);
    }

    /**
     * One round.
     *
     * @param number     1 for the first round
     * @param dateText   the date as people of the report's language write it
     * @param notCarried the answers of that round that could not be carried over to the version it was evaluated
     *                   against, in the report's locale ("question: why")
     */
    public record Round(int number, LocalDate date, String dateText, String questionnaireVersion, boolean current,
                        List<String> notCarried) {

        public Round {
            notCarried = List.copyOf(notCarried);
        }
    }

    /** How a phase's level moved between the last round and this one. */
    public enum Trend {
        GAINED, LOST, SAME,
        /** One of the two rounds has no level for the phase, or a level the current version no longer has. */
        UNKNOWN;

        /** The trend's stable id, as in the JSON. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One phase over the rounds.
     *
     * @param points     its score in each round, in round order
     * @param levels     levels gained (positive) or lost (negative) since the last round; 0 when unknown
     * @param trend      the same in one word
     * @param trendText  the same in words ("+1 niveau : En cours → Établi")
     */
    public record PhaseLine(String phaseId, String title, List<Point> points, int levels, Trend trend,
                            String trendText) {

        public PhaseLine {
            points = List.copyOf(points);
        }
    }

    /** A phase's score in one round; empty when that round had no score for it. */
    public record Point(OptionalDouble percent, String percentText, Optional<Score.Level> level) {
    }

    /** A recommendation or an action, by stable id, with its title in the report's locale. */
    public record Change(String id, String title) {
    }
}
