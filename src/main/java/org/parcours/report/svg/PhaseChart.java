package org.parcours.report.svg;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcours.engine.NumberRange;
import org.parcours.report.Divergence;
import org.parcours.report.PhaseSection;
import org.parcours.report.Report;
import org.parcours.report.Score;

/**
 * The five phases' scores as horizontal bars from 0 to 100, labelled with the phase, the percent and the level.
 * A phase without a score shows no bar and says so. In a team's report each bar also carries the members' own
 * scores as a spread: a line from the lowest to the highest, a tick at the median.
 *
 * <p>{@code svg()} is the SVG element, self-contained, with {@code role="img"}, a title and a description;
 * {@code textAlternative()} the same information as text, for screen readers and the PDF's alternative text.
 */
public record PhaseChart(String svg, String textAlternative) {

    private static final int WIDTH = 640;
    private static final int ROW = 40;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 250;

    public static PhaseChart of(Report report) {
        List<PhaseSection> phases = report.phases();
        String absent = report.label("chart.phases.absent");
        String alternative = alternative(report, absent);
        int height = 30 + ROW * phases.size();
        Canvas canvas = new Canvas("parcours-phase-chart", WIDTH, height, report.label("chart.phases.title"),
                report.label("chart.phases.desc") + " " + alternative);
        double barX = LABEL_WIDTH + 10;
        canvas.percentGrid(barX, BAR_WIDTH, 8, height);
        for (int i = 0; i < phases.size(); i++) {
            PhaseSection phase = phases.get(i);
            double y = 12 + ROW * i;
            canvas.text(0, y + 18, Wrap.cut(phase.title(), 26), "fill=\"#1a1a1a\"");
            canvas.rect(barX, y + 4, BAR_WIDTH, 20, "#e8eef3");
            phase.score().filter(Score::isPresent).ifPresentOrElse(score -> {
                double percent = Math.max(0, Math.min(100, score.percent().getAsDouble()));
                canvas.rect(barX, y + 4, BAR_WIDTH * percent / 100.0, 20, "#1f5f8b");
                canvas.text(barX + BAR_WIDTH + 8, y + 18, Wrap.cut(value(score), 24), "fill=\"#1a1a1a\"");
            }, () -> canvas.text(barX + BAR_WIDTH + 8, y + 18, absent, "fill=\"#3d4752\" font-style=\"italic\""));
            spread(report, phase).flatMap(Divergence.ScoreRange::range)
                    .ifPresent(r -> whisker(canvas, barX, y + 14, r));
        }
        return new PhaseChart(canvas.end(), alternative);
    }

    /**
     * Lowest to highest member score, a tick at the median: black over a white edge, so that it stands out on the
     * bar's blue and on the light track alike.
     */
    private static void whisker(Canvas canvas, double barX, double y, NumberRange r) {
        double from = barX + BAR_WIDTH * clamp(r.min()) / 100.0;
        double to = barX + BAR_WIDTH * clamp(r.max()) / 100.0;
        double median = barX + BAR_WIDTH * clamp(r.median()) / 100.0;
        for (String[] stroke : new String[][] {{"#ffffff", "5"}, {"#1a1a1a", "2"}}) {
            String style = " stroke=\"" + stroke[0] + "\" stroke-width=\"" + stroke[1] + "\" stroke-linecap=\"square\"";
            canvas.shape("line", String.format(Locale.ROOT, "x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", from, y,
                    to, y) + style);
            for (double x : new double[] {from, to, median}) {
                double half = x == median ? 8 : 5;
                canvas.shape("line", String.format(Locale.ROOT, "x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", x,
                        y - half, x, y + half) + style);
            }
        }
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }

    /** The members' spread of the phase's dimension, in a team's report. */
    private static Optional<Divergence.ScoreRange> spread(Report report, PhaseSection phase) {
        return report.divergence().flatMap(d -> phase.score().flatMap(score -> d.scores().stream()
                .filter(s -> s.dimensionId().equals(score.dimensionId())).findFirst()));
    }

    private static String value(Score score) {
        return score.percentText() + score.level().map(l -> " · " + l.label()).orElse("");
    }

    private static String alternative(Report report, String absent) {
        StringBuilder text = new StringBuilder();
        for (PhaseSection phase : report.phases()) {
            if (!text.isEmpty()) text.append(' ');
            text.append(report.labels().format("label.colon", phase.title(),
                    phase.score().filter(Score::isPresent).map(PhaseChart::value).orElse(absent))).append('.');
            spread(report, phase).flatMap(Divergence.ScoreRange::rangeText).ifPresent(range -> text.append(' ')
                    .append(report.labels().format("chart.phases.spread", range)));
        }
        return text.toString();
    }
}
