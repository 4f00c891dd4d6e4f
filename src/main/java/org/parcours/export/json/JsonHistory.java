package org.parcours.export.json;

import java.util.List;
import org.parcours.report.ReportHistory;
import org.parcours.report.ReportHistory.Change;
import org.parcours.report.ReportHistory.PhaseLine;
import org.parcours.report.ReportHistory.Point;
import org.parcours.report.ReportHistory.Round;
import org.parcours.report.TargetGap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * « Votre progression » and the targets as JSON (docs/questionnaire-format.md, « Report JSON »): ids, dates and
 * numbers; the round's answers not carried over are the one text, in the report's language.
 */
final class JsonHistory {

    private JsonHistory() {
    }

    static void write(ObjectNode node, ReportHistory history) {
        ArrayNode rounds = node.putArray("rounds");
        for (Round r : history.rounds()) {
            ObjectNode round = rounds.addObject().put("number", r.number()).put("date", r.date().toString())
                    .put("version", r.questionnaireVersion()).put("current", r.current());
            ArrayNode notCarried = round.putArray("notCarried");
            r.notCarried().forEach(notCarried::add);
        }
        ObjectNode phases = node.putObject("phases");
        for (PhaseLine line : history.phases()) {
            ObjectNode phase = phases.putObject(line.phaseId());
            ArrayNode percents = phase.putArray("percent");
            ArrayNode levels = phase.putArray("level");
            for (Point p : line.points()) {
                if (p.percent().isPresent()) percents.add(Math.round(p.percent().getAsDouble() * 10) / 10.0);
                else percents.addNull();
                p.level().ifPresentOrElse(l -> levels.add(l.id()), levels::addNull);
            }
            phase.put("levels", line.levels()).put("trend", line.trend().id());
        }
        ObjectNode recommendations = node.putObject("recommendations");
        ids(recommendations.putArray("appeared"), history.appeared());
        ids(recommendations.putArray("wentAway"), history.wentAway());
        ids(node.putArray("actionsDone"), history.actionsDone());
    }

    /** Each phase with a target: the target level, the level now ({@code null} without one) and the gap. */
    static void targets(ObjectNode node, List<TargetGap> targets) {
        for (TargetGap t : targets) {
            ObjectNode target = node.putObject(t.phaseId()).put("target", t.target().id());
            t.current().ifPresentOrElse(l -> target.put("current", l.id()), () -> target.putNull("current"));
            target.put("gap", t.gap());
        }
    }

    private static void ids(ArrayNode array, List<Change> changes) {
        changes.forEach(c -> array.add(c.id()));
    }
}
