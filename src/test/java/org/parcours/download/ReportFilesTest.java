package org.parcours.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.export.ExportFormat;
import org.parcours.export.ReportExporter;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.report.Tracking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An export is built once per revision of the answers, format and language; a change or an erasure drops it. */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class ReportFilesTest {

    @Autowired
    private AssessmentService service;

    @Autowired
    private AssessmentErasure erasure;

    @Autowired
    private ReportFiles shared;

    private final AtomicInteger built = new AtomicInteger();
    private final ReportFiles files = new ReportFiles((report, format, out) -> {
        built.incrementAndGet();
        ReportExporter.write(report, format, out);
    }, 1 << 20);

    @Test
    void the_same_revision_format_and_language_are_built_once_and_served_alike() throws IOException {
        AssessmentState state = answered(service.start("mini", "Équipe", "fr"), 2.0);

        byte[] first = files.file(state, report(state, "fr"), ExportFormat.JSON);
        byte[] again = files.file(service.open(state.token().value()).orElseThrow(), report(state, "fr"),
                ExportFormat.JSON);

        assertThat(again).isEqualTo(first).isEqualTo(fresh(state, "fr", ExportFormat.JSON));
        assertThat(built).hasValue(1);
        files.file(state, report(state, "en"), ExportFormat.JSON);
        files.file(state, report(state, "fr"), ExportFormat.HTML);
        assertThat(built).as("another language, another format").hasValue(3);
        assertThat(files.stats().hits()).isEqualTo(1);
    }

    @Test
    void any_answer_change_makes_a_new_file_and_drops_the_old_ones() throws IOException {
        AssessmentState state = answered(service.start("mini", null, "fr"), 2.0);
        byte[] before = files.file(state, report(state, "fr"), ExportFormat.JSON);

        AssessmentState changed = answered(state, 4.0);
        byte[] after = files.file(changed, report(changed, "fr"), ExportFormat.JSON);

        assertThat(after).isNotEqualTo(before).isEqualTo(fresh(changed, "fr", ExportFormat.JSON));
        assertThat(built).hasValue(2);
        assertThat(files.stats().files()).as("the old revision's file went").isEqualTo(1);
    }

    @Test
    void a_change_of_the_plan_s_follow_up_makes_a_new_file_and_drops_the_old_ones() throws IOException {
        AssessmentState state = answered(service.start("mini", null, "fr"), 2.0);
        files.file(state, tracked(state, 1), ExportFormat.JSON);

        files.file(state, tracked(state, 2), ExportFormat.JSON);
        files.file(state, tracked(state, 2), ExportFormat.JSON);

        assertThat(built).hasValue(2);
        assertThat(files.stats().files()).as("the old tracker revision's file went").isEqualTo(1);
    }

    @Test
    void a_change_of_a_target_makes_a_new_file_in_which_the_gap_shows_and_another_language_keeps_its_own()
            throws IOException {
        AssessmentState state = answered(service.start("mini", null, "fr"), 2.0);
        byte[] none = files.file(state, aiming(state, "fr", java.util.Map.of()), ExportFormat.JSON);
        files.file(state, aiming(state, "en", java.util.Map.of()), ExportFormat.JSON);

        byte[] aimed = files.file(state, aiming(state, "fr", java.util.Map.of("sustain", "solid")), ExportFormat.JSON);
        files.file(state, aiming(state, "fr", java.util.Map.of("sustain", "solid")), ExportFormat.JSON);

        assertThat(built).hasValue(3);
        assertThat(new String(aimed, java.nio.charset.StandardCharsets.UTF_8)).contains("solid");
        assertThat(aimed).isNotEqualTo(none);
        assertThat(files.stats().files()).as("the files made without the target went").isEqualTo(1);
    }

    @Test
    void an_erased_assessment_leaves_no_file_behind() throws IOException {
        AssessmentState state = answered(service.start("mini", null, "fr"), 2.0);
        shared.file(state, report(state, "fr"), ExportFormat.JSON);
        int held = shared.stats().files();

        erasure.erase(state.token());

        assertThat(shared.stats().files()).isEqualTo(held - 1);
    }

    @Test
    void the_cache_stays_within_its_bound() throws IOException {
        AssessmentState state = answered(service.start("mini", null, "fr"), 2.0);
        long one = fresh(state, "fr", ExportFormat.JSON).length;
        ReportFiles small = new ReportFiles(ReportExporter::write, one * 8 + one / 2);

        for (int i = 0; i < 20; i++) {
            AssessmentState other = answered(service.start("mini", null, "fr"), 2.0);
            small.file(other, report(other, "fr"), ExportFormat.JSON);
        }

        assertThat(small.stats().bytes()).isLessThanOrEqualTo(one * 8 + one / 2);
        assertThat(small.stats().files()).isBetween(1, 9);
    }

    private AssessmentState answered(AssessmentState state, double maintainers) {
        SaveOutcome saved = service.answer(state.token(), "maintainers", state.versionOf("maintainers"),
                AnswerValue.of(maintainers));
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) saved).state();
    }

    private static Report report(AssessmentState state, String locale) {
        return ReportBuilder.build(state.evaluation(), locale, ReportContext.of(Clock.systemUTC()));
    }

    private static Report tracked(AssessmentState state, long trackerRevision) {
        return ReportBuilder.build(state.evaluation(), "fr", ReportContext.of(Clock.systemUTC())
                .withTracking(new Tracking(java.util.Map.of(), trackerRevision, java.util.Optional.empty())));
    }

    private static Report aiming(AssessmentState state, String locale, java.util.Map<String, String> targets) {
        return ReportBuilder.build(state.evaluation(), locale, ReportContext.of(Clock.systemUTC())
                .withProgress(org.parcours.report.ProgressInput.NONE.withTargets(targets)));
    }

    private static byte[] fresh(AssessmentState state, String locale, ExportFormat format) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        ReportExporter.write(report(state, locale), format, out);
        return out.toByteArray();
    }
}
