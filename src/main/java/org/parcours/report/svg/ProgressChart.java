package org.parcours.report.svg;

import java.util.List;
import org.parcours.report.Report;
import org.parcours.report.ReportHistory;
import org.parcours.report.ReportHistory.PhaseLine;
import org.parcours.report.ReportHistory.Point;
import org.parcours.report.ReportHistory.Round;

/**
 * « Votre progression » as grouped horizontal bars: one group per phase, one bar per round from 0 to 100, the oldest
 * round on top. Each bar is labelled with its round and percent, so that no colour has to be told apart; a round
 * without a score for the phase shows no bar and says so.
 *
 * <p>{@code svg()} is the SVG element, self-contained, with {@code role="img"}, a title and a description;
 * {@code textAlternative()} the same information as text.
 */
public record ProgressChart(String svg, String textAlternative) {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 300;
    private static final int BAR = 14;
    private static final int GAP = 4;
    /** Earlier rounds in dark greys and browns, the current one in the report's blue: each at least 3:1 on white. */
    private static final List<String> FILLS = List.of("#5f6b76", "#7a5c1e", "#4f6b3a", "#6a4c7a");
    private static final String CURRENT = "#1f5f8b";

    public static ProgressChart of(Report report) {
        ReportHistory history = report.history().orElseThrow();
        List<Round> rounds = history.rounds();
        int group = 8 + rounds.size() * (BAR + GAP);
        int height = 30 + group * history.phases().size();
        String alternative = alternative(report, history);
        Canvas canvas = new Canvas("parcours-progress-chart", WIDTH, height, report.label("chart.progress.title"),
                report.label("chart.progress.desc") + " " + alternative);
        double barX = LABEL_WIDTH + 10;
        canvas.percentGrid(barX, BAR_WIDTH, 4, height);
        for (int p = 0; p < history.phases().size(); p++) {
            PhaseLine phase = history.phases().get(p);
            double top = 8 + group * p;
            canvas.text(0, top + BAR, Wrap.cut(phase.title(), 26), "fill=\"#1a1a1a\"");
            for (int r = 0; r < rounds.size(); r++) {
                bar(canvas, report, barX, top + r * (BAR + GAP), rounds.get(r), phase.points().get(r));
            }
        }
        return new ProgressChart(canvas.end(), alternative);
    }

    private static void bar(Canvas canvas, Report report, double x, double y, Round round, Point point) {
        String label = report.labels().format("progress.round", round.number());
        canvas.rect(x, y, BAR_WIDTH, BAR, "#e8eef3");
        if (point.percent().isPresent()) {
            double percent = Math.max(0, Math.min(100, point.percent().getAsDouble()));
            canvas.rect(x, y, BAR_WIDTH * percent / 100.0, BAR, fill(round));
        }
        String value = point.percent().isPresent() ? point.percentText() : report.label("chart.phases.absent");
        canvas.text(x + BAR_WIDTH + 6, y + BAR - 3, Wrap.cut(label + " · " + value, 20),
                "fill=\"#1a1a1a\" font-size=\"11\"");
    }

    private static String fill(Round round) {
        return round.current() ? CURRENT : FILLS.get((round.number() - 1) % FILLS.size());
    }

    private static String alternative(Report report, ReportHistory history) {
        StringBuilder text = new StringBuilder();
        for (PhaseLine phase : history.phases()) {
            if (!text.isEmpty()) text.append(' ');
            StringBuilder values = new StringBuilder();
            for (int r = 0; r < history.rounds().size(); r++) {
                Point point = phase.points().get(r);
                if (!values.isEmpty()) values.append(", ");
                values.append(report.labels().format("label.colon",
                        report.labels().format("progress.round", history.rounds().get(r).number()),
                        point.percent().isPresent() ? point.percentText() : report.label("chart.phases.absent")));
            }
            text.append(report.labels().format("label.colon", phase.title(), values)).append(" (")
                    .append(phase.trendText()).append(").");
        }
        return text.toString();
    }
}
