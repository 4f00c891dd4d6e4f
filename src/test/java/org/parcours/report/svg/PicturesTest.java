package org.parcours.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parcours.engine.Scenario;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.xml.sax.InputSource;

class PicturesTest {

    private static Report report(Scenario scenario) {
        return ReportBuilder.build(scenario.evaluation(), "en", ReportContext.on(java.time.LocalDate.of(2026, 1, 2)));
    }

    private static void assertWellFormed(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void the_phase_chart_is_an_accessible_image_with_one_bar_per_scored_phase() throws Exception {
        PhaseChart chart = PhaseChart.of(report(Scenario.load("mini").answer("resource_type", "data")));

        assertWellFormed(chart.svg());
        assertThat(chart.svg()).contains("role=\"img\"", "<title id=", "<desc id=", "Identify", "no score");
        assertThat(chart.textAlternative()).isEqualTo("Identify: 50% · Developing. Sustain: no score.");
    }

    @Test
    void the_speed_boat_escapes_and_wraps_the_team_s_words() throws Exception {
        String island = "<script>alert('x')</script> & " + "a very long vision ".repeat(40);
        SpeedboatPicture picture = SpeedboatPicture.of(report(Scenario.load("mini").answer("resource_type", "data")
                .answer("funding_needs", java.util.List.of("maintenance")).answerText("vision", island.substring(0, 50))));

        assertWellFormed(picture.svg());
        assertThat(picture.svg()).contains("role=\"img\"", "&lt;script&gt;", "No maintenance", "Data")
                .doesNotContain("<script");
        assertThat(picture.textAlternative()).contains("Rocks: what threatens you: No maintenance.",
                "Island: where you want to go: <script>");
    }

    @Test
    void long_texts_are_wrapped_then_cut_with_an_ellipsis() {
        assertThat(Wrap.lines("one two three four five six", 9, 2)).containsExactly("one two", "three…");
        assertThat(Wrap.lines("abcdefghijkl", 5, 3)).containsExactly("abcde", "fghij", "kl");
    }
}
