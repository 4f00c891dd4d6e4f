package org.parcours.report.svg;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parcours.report.Report;
import org.parcours.report.SpeedboatNotes;

/**
 * The speed boat as a picture: wind arrows pushing from the left with what drives the team, the boat with what
 * holds it together, rocks ahead with what threatens it, and the island on the horizon with the team's own words.
 * At most {@link #SHOWN} notes per part are drawn (the rest is counted).
 *
 * <p>{@code svg()} is the SVG element, self-contained, with {@code role="img"}, a title and a description;
 * {@code textAlternative()} lists every note and the island as text.
 */
public record SpeedboatPicture(String svg, String textAlternative) {

    static final int SHOWN = 4;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 500;
    private static final String INK = "fill=\"#1a1a1a\"";
    private static final String HEADING = "fill=\"#1a1a1a\" font-weight=\"bold\"";

    public static SpeedboatPicture of(Report report) {
        SpeedboatNotes boat = report.speedboat();
        String alternative = alternative(report);
        Canvas c = new Canvas("parcours-speedboat", WIDTH, HEIGHT, report.label("chart.speedboat.title"),
                report.label("chart.speedboat.desc") + " " + alternative);
        c.rect(0, 0, WIDTH, 280, "#f3f8fb").rect(0, 280, WIDTH, HEIGHT - 280, "#cfe6f3");
        wind(c, report, boat.wind());
        island(c, report, boat);
        hull(c, report, boat.boat());
        rocks(c, report, boat.rocks());
        return new SpeedboatPicture(c.end(), alternative);
    }

    private static void wind(Canvas c, Report report, List<SpeedboatNotes.Note> notes) {
        c.text(16, 24, report.label("speedboat.wind"), HEADING);
        double y = 46;
        for (SpeedboatNotes.Note note : notes.stream().limit(SHOWN).toList()) {
            y = c.lines(16, y, Wrap.lines(note.text(), 34, 2), 15, INK);
            c.shape("path", String.format(Locale.ROOT, "d=\"M16 %.1f H230 l-8 -5 m8 5 l-8 5\" fill=\"none\" "
                    + "stroke=\"#5b7083\" stroke-width=\"2\"", y - 6));
            y += 14;
        }
        more(c, 16, y, notes);
    }

    private static void island(Canvas c, Report report, SpeedboatNotes boat) {
        c.shape("ellipse", "cx=\"650\" cy=\"272\" rx=\"100\" ry=\"22\" fill=\"#e5d39c\"");
        c.shape("path", "d=\"M640 262 q4 -40 10 -56 M650 206 q-24 -6 -36 8 M650 206 q22 -8 34 6\" fill=\"none\" "
                + "stroke=\"#4c7a34\" stroke-width=\"4\"");
        c.text(470, 24, report.label("speedboat.island"), HEADING);
        String text = boat.island().orElse(report.label("speedboat.no_island"));
        c.lines(470, 46, Wrap.lines(text, 38, 8), 16, boat.island().isPresent() ? INK : INK + " font-style=\"italic\"");
    }

    private static void hull(Canvas c, Report report, List<SpeedboatNotes.Note> notes) {
        c.shape("path", "d=\"M160 270 H380 L350 318 H190 Z\" fill=\"#8a5a3c\"");
        c.shape("path", "d=\"M270 268 V140 L340 260 Z\" fill=\"#ffffff\" stroke=\"#3d4752\" stroke-width=\"2\"");
        c.text(16, 344, report.label("speedboat.boat"), HEADING);
        double y = 364;
        for (SpeedboatNotes.Note note : notes.stream().limit(SHOWN).toList()) {
            y = c.lines(16, y, Wrap.lines("• " + note.text(), 46, 2), 15, INK) + 4;
        }
        more(c, 16, y, notes);
    }

    private static void rocks(Canvas c, Report report, List<SpeedboatNotes.Note> notes) {
        c.text(420, 344, report.label("speedboat.rocks"), HEADING);
        double y = 364;
        for (SpeedboatNotes.Note note : notes.stream().limit(SHOWN).toList()) {
            c.shape("path", String.format(Locale.ROOT, "d=\"M420 %.1f l10 -16 l12 6 l8 10 Z\" fill=\"#5b6570\"",
                    y + 2));
            y = c.lines(458, y, Wrap.lines(note.text(), 36, 2), 15, INK) + 4;
        }
        more(c, 420, y, notes);
    }

    private static void more(Canvas c, double x, double y, List<SpeedboatNotes.Note> notes) {
        if (notes.size() > SHOWN) c.text(x, y, "+ " + (notes.size() - SHOWN), INK);
    }

    private static String alternative(Report report) {
        SpeedboatNotes boat = report.speedboat();
        return part(report, "speedboat.wind", boat.wind()) + " " + part(report, "speedboat.boat", boat.boat()) + " "
                + part(report, "speedboat.rocks", boat.rocks()) + " " + report.labels().format("label.colon",
                report.label("speedboat.island"), boat.island().orElse(report.label("speedboat.no_island")));
    }

    private static String part(Report report, String key, List<SpeedboatNotes.Note> notes) {
        String listed = notes.isEmpty() ? report.label("speedboat.empty")
                : notes.stream().map(SpeedboatNotes.Note::text)
                .collect(Collectors.joining(report.label("label.list_separator")));
        String sentence = report.labels().format("label.colon", report.label(key), listed);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
