package org.parcours.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.report.ReportHistory.Change;
import org.parcours.report.ReportHistory.PhaseLine;
import org.parcours.report.ReportHistory.Point;
import org.parcours.report.ReportHistory.Round;
import org.parcours.report.ReportHistory.Trend;

/**
 * « Votre progression » out of the current report's parts and the reports of the earlier rounds (each built from its
 * own questionnaire version): it compares, it scores nothing.
 */
final class Histories {

    private Histories() {
    }

    /** The current round's parts, before the report that holds them is made. */
    record Current(Questionnaire questionnaire, ReportContext context, List<PhaseSection> phases,
                   List<ReportItem> recommendations, List<PlanItem> plan) {
    }

    /** @param past the reports of {@code previous}, in the same order (oldest first) */
    static Optional<ReportHistory> of(Current now, List<PreviousRound> previous, List<Report> past, String locale,
                                      ReportLabels labels) {
        if (previous.isEmpty()) return Optional.empty();
        Report last = past.getLast();
        return Optional.of(new ReportHistory(rounds(now, previous, past, locale, labels),
                phases(now, past, labels), changes(recommended(now.recommendations()), recommended(last.recommendations())),
                changes(recommended(last.recommendations()), recommended(now.recommendations())),
                done(now, past)));
    }

    private static List<Round> rounds(Current now, List<PreviousRound> previous, List<Report> past, String locale,
                                      ReportLabels labels) {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < previous.size(); i++) {
            PreviousRound round = previous.get(i);
            rounds.add(new Round(i + 1, round.date(), Formats.longDate(round.date(), locale),
                    past.get(i).questionnaireVersion(), false,
                    round.notCarried().stream()
                            .map(n -> labels.format("label.colon", n.questionId(), n.message().in(locale))).toList()));
        }
        rounds.add(new Round(previous.size() + 1, now.context().date(), Formats.longDate(now.context().date(), locale),
                now.questionnaire().version(), true, List.of()));
        return rounds;
    }

    private static List<PhaseLine> phases(Current now, List<Report> past, ReportLabels labels) {
        List<PhaseLine> lines = new ArrayList<>();
        for (PhaseSection phase : now.phases()) {
            List<Point> points = new ArrayList<>();
            past.forEach(r -> points.add(point(scoreOf(r, phase.id()), labels)));
            points.add(point(phase.score(), labels));
            Optional<Dimension> dimension = now.questionnaire().phases().stream()
                    .filter(p -> p.id().equals(phase.id())).findFirst()
                    .flatMap((Phase p) -> Targets.dimensionOf(now.questionnaire(), p));
            lines.add(line(phase, points, dimension, labels));
        }
        return lines;
    }

    private static PhaseLine line(PhaseSection phase, List<Point> points, Optional<Dimension> dimension,
                                  ReportLabels labels) {
        Optional<Score.Level> before = points.get(points.size() - 2).level();
        Optional<Score.Level> after = points.getLast().level();
        int from = index(dimension, before);
        int to = index(dimension, after);
        if (from < 0 || to < 0) {
            return new PhaseLine(phase.id(), phase.title(), points, 0, Trend.UNKNOWN, labels.get("progress.unknown"));
        }
        int levels = to - from;
        Trend trend = levels > 0 ? Trend.GAINED : levels < 0 ? Trend.LOST : Trend.SAME;
        String text = trend == Trend.SAME ? labels.format("progress.same", after.get().label())
                : labels.format("progress." + trend.id(), Math.abs(levels), before.get().label(), after.get().label());
        return new PhaseLine(phase.id(), phase.title(), points, levels, trend, text);
    }

    private static int index(Optional<Dimension> dimension, Optional<Score.Level> level) {
        if (dimension.isEmpty() || level.isEmpty()) return -1;
        return dimension.get().bandIndex(level.get().id());
    }

    private static Optional<Score> scoreOf(Report report, String phaseId) {
        return report.phases().stream().filter(p -> p.id().equals(phaseId)).findFirst()
                .flatMap(PhaseSection::score);
    }

    private static Point point(Optional<Score> score, ReportLabels labels) {
        return score.filter(Score::isPresent)
                .map(s -> new Point(s.percent(), s.percentText(), s.level()))
                .orElse(new Point(OptionalDouble.empty(), labels.get("label.none"), Optional.empty()));
    }

    private static Map<String, String> recommended(List<ReportItem> items) {
        Map<String, String> titles = new LinkedHashMap<>();
        items.stream().filter(ReportItem::recommended).forEach(i -> titles.putIfAbsent(i.id(), i.title()));
        return titles;
    }

    /** What {@code these} hold that {@code those} do not, in the order of {@code these}. */
    private static List<Change> changes(Map<String, String> these, Map<String, String> those) {
        return these.entrySet().stream().filter(e -> !those.containsKey(e.getKey()))
                .map(e -> new Change(e.getKey(), e.getValue())).toList();
    }

    /**
     * The actions done, in the last round's plan order (that is where a team marked them), then the current plan's,
     * then any other id; each titled as the most recent report that knows it says.
     */
    private static List<Change> done(Current now, List<Report> past) {
        Set<String> done = now.context().progress().actionsDone();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Report r : past) r.recommendations().forEach(i -> titles.put(i.id(), i.title()));
        now.recommendations().forEach(i -> titles.put(i.id(), i.title()));
        Set<String> order = new LinkedHashSet<>();
        past.getLast().planItems().forEach(p -> order.add(p.action().id()));
        now.plan().forEach(p -> order.add(p.action().id()));
        order.addAll(new TreeSet<>(done));
        return order.stream().filter(done::contains).map(id -> new Change(id, titles.getOrDefault(id, id))).toList();
    }
}
