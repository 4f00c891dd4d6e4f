package org.parcours.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcours.questionnaire.Band;
import org.parcours.report.Edition;
import org.parcours.report.PreviousRound;
import org.parcours.report.ProgressInput;
import org.parcours.report.Targets;
import org.parcours.report.Report;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;

/**
 * The default edition of the PDF is a plan a team reads in five minutes: for every team of the shipped content
 * tests, at most {@link #MOST_PAGES} A4 pages, tagged, with a bookmark per section. The page counts are printed
 * for docs/performance.md.
 */
class PdfPagesTest {

    static final int MOST_PAGES = 15;

    @Test
    void the_plan_of_every_content_test_team_fits_in_fifteen_tagged_and_bookmarked_pages() throws Exception {
        Questionnaire q = QuestionnaireLoader.load(Path.of("questionnaires/communs-numeriques"));
        List<String> counts = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        for (ContentTest test : q.tests()) {
            Report report = ReportBuilder.build(Engine.evaluate(q, Answers.fromRaw(q, test.answers()).answers()), "fr",
                    ReportContext.on(LocalDate.of(2026, 12, 2)).withEdition(Edition.PLAN));
            try (PDDocument pdf = Loader.loadPDF(Reports.bytes(report, ExportFormat.PDF))) {
                counts.add(pdf.getNumberOfPages() + "  " + test.name());
                if (pdf.getNumberOfPages() > MOST_PAGES) tooLong.add(pdf.getNumberOfPages() + "  " + test.name());
                assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
                assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
                assertThat(bookmarks).containsExactlyElementsOf(report.sections().stream()
                        .map(s -> s.title(report)).toList());
            }
        }
        System.out.println("PDF pages of the plan edition (fr), per content test:\n" + String.join("\n", counts));
        assertThat(tooLong).as("plans longer than " + MOST_PAGES + " pages").isEmpty();
    }

    /**
     * A second round with « Votre progression » and a target on every phase, the first round taken as the same team
     * before it answered the last two phases (so that scores, levels and recommendations change): the targets fit in the
     * synthesis' lines, and the section (about a third of a page printed: the table, not the chart) still leaves the
     * plan within {@link #MOST_PAGES} pages (docs/performance.md).
     */
    @Test
    void the_plan_of_a_second_round_with_its_progression_and_targets_still_fits_in_fifteen_pages() throws Exception {
        Questionnaire q = QuestionnaireLoader.load(Path.of("questionnaires/communs-numeriques"));
        Map<String, String> targets = new LinkedHashMap<>();
        q.phases().forEach(p -> {
            List<Band> levels = Targets.levels(q, p.id());
            if (!levels.isEmpty()) targets.put(p.id(), levels.getLast().level());
        });
        List<String> counts = new ArrayList<>();
        List<ContentTest> tests = q.tests();
        for (int i = 0; i < tests.size(); i++) {
            Answers now = Answers.fromRaw(q, tests.get(i).answers()).answers();
            Answers before = now;
            for (var phase : q.phases().subList(q.phases().size() - 2, q.phases().size())) {
                for (var question : phase.questions()) before = before.without(question.id());
            }
            ProgressInput progress = ProgressInput.NONE.withTargets(targets).withPrevious(List.of(new PreviousRound(
                    LocalDate.of(2026, 6, 2), Engine.evaluate(q, before))));
            Report report = ReportBuilder.build(Engine.evaluate(q, now), "fr",
                    ReportContext.on(LocalDate.of(2026, 12, 2)).withProgress(progress));
            try (PDDocument pdf = Loader.loadPDF(Reports.bytes(report, ExportFormat.PDF))) {
                counts.add(pdf.getNumberOfPages() + "  " + tests.get(i).name());
            }
        }
        System.out.println("PDF pages of a second round's plan (fr), per content test:\n" + String.join("\n", counts));
        assertThat(counts).allSatisfy(c -> assertThat(Integer.parseInt(c.substring(0, c.indexOf(' '))))
                .as(c).isLessThanOrEqualTo(MOST_PAGES));
    }
}
