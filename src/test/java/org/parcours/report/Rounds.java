package org.parcours.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.engine.Scenario;

/**
 * Two rounds of the mini fixture, six months apart, for the progression's tests. Round 1: data, one maintainer
 * (identify 50 % developing, sustain 0 % fragile, « Financer » recommended). Round 2: public software, five
 * maintainers (identify 100 % established, sustain 57 % solid, the governance options and « Maire » recommended).
 */
public final class Rounds {

    public static final LocalDate FIRST = LocalDate.of(2026, 5, 20);
    public static final LocalDate SECOND = LocalDate.of(2026, 11, 21);

    private Rounds() {
    }

    public static Scenario first() {
        return Scenario.load("mini").answer("resource_type", "data").answer("maintainers", 1);
    }

    public static Scenario second() {
        return Scenario.load("mini").answer("resource_type", "software").answer("code_public", true)
                .answer("maintainers", 5);
    }

    /** The second round's report, with the first round as history. */
    public static Report second(String locale, Set<String> actionsDone, Map<String, String> targets) {
        return second(locale, actionsDone, targets, Edition.PLAN);
    }

    public static Report second(String locale, Set<String> actionsDone, Map<String, String> targets,
                                Edition edition) {
        ProgressInput progress = ProgressInput.NONE
                .withPrevious(List.of(new PreviousRound(FIRST, first().evaluation())))
                .withTargets(targets).withActionsDone(actionsDone);
        return ReportBuilder.build(second().evaluation(), locale,
                ReportContext.on(SECOND).withTeam("Mairie").withEdition(edition).withProgress(progress));
    }
}
