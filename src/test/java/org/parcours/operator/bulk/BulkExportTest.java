package org.parcours.operator.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.assessment.AssessmentFilter;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerValue;
import org.parcours.operator.Operator;
import org.parcours.operator.OperatorRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk export read back in each format: one row per assessment of the filter, its answers, scores, levels and
 * ranks as the engine gives them, user text never a formula, and the export in the audit log.
 */
@SpringBootTest(properties = "parcours.questionnaires-dir=src/test/resources/questionnaires")
class BulkExportTest {

    private static final Operator OLGA = new Operator("olga", OperatorRole.OPERATOR);
    private static final AssessmentFilter MINI = AssessmentFilter.all().withQuestionnaire("mini", "1.0.0");

    @Autowired
    private BulkExport export;

    @Autowired
    private AssessmentService service;

    @Autowired
    private JdbcTemplate jdbc;

    private AssessmentState answered;

    @BeforeEach
    void twoAssessments() {
        jdbc.update("delete from answer");
        jdbc.update("delete from assessment");
        jdbc.update("delete from operator_audit");
        AssessmentState state = service.start("mini", "=cmd|' /C calc'!A0", "fr");
        state = saved(service.answer(state.token(), "resource_type", 0, AnswerValue.of("software")));
        state = saved(service.answer(state.token(), "funding_needs", 0, AnswerValue.of(List.of("maintenance",
                "build"))));
        answered = saved(service.answer(state.token(), "maintainers", 0, AnswerValue.of(4.0)));
        service.start("mini", null, "en");
    }

    @Test
    void csv_holds_one_row_per_assessment_with_answers_scores_levels_and_ranks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rows = export.write(OLGA, MINI, BulkFormat.CSV, out, "192.0.2.7");

        List<String> lines = out.toString(StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(rows).isEqualTo(2);
        assertThat(lines).hasSize(3);
        List<String> header = List.of(lines.getFirst().split(","));
        assertThat(header).startsWith("assessment", "started_at", "changed_at", "team", "finished", "answered",
                "visible").contains("answer.resource_type", "answer.funding_needs", "score.identify",
                "level.identify", "rank.gov-association");
        List<String> first = List.of(lines.get(1).split(",", -1));
        assertThat(first.get(header.indexOf("team"))).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(first.get(header.indexOf("answer.resource_type"))).isEqualTo("software");
        assertThat(first.get(header.indexOf("answer.funding_needs"))).isEqualTo("maintenance;build");
        assertThat(first.get(header.indexOf("answer.maintainers"))).isEqualTo("4");
        String identify = answered.evaluation().score("identify").band().orElseThrow().level();
        assertThat(first.get(header.indexOf("level.identify"))).isEqualTo(identify);
        assertThat(first.get(header.indexOf("rank.gov-association"))).isEqualTo(Integer.toString(
                answered.evaluation().recommendation("gov-association").orElseThrow().rank()));
        assertThat(jdbc.queryForObject("select target from operator_audit where action = 'BULK_EXPORTED'",
                String.class)).isEqualTo("mini 1.0.0 csv 2 rows");
    }

    @Test
    void a_csv_export_that_fails_half_way_says_so_on_its_last_line_and_in_the_audit_log() throws Exception {
        jdbc.update("update answer set value_json = '{not json' where question_id = 'maintainers'");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.write(OLGA, MINI, BulkFormat.CSV, out,
                "192.0.2.7")).isInstanceOf(RuntimeException.class);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getLast()).startsWith("\"EXPORT FAILED after ").contains("this file is incomplete");
        assertThat(jdbc.queryForList("select action from operator_audit", String.class))
                .containsExactly("BULK_EXPORT_FAILED");
    }

    @Test
    void an_xlsx_export_that_fails_half_way_leaves_no_workbook_poi_opens_and_says_so_in_the_audit_log(
            @TempDir Path poiFiles) throws Exception {
        brokenAfterOthers(150);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiFiles.toFile()));
        try {
            assertThatThrownBy(() -> export.write(OLGA, MINI, BulkFormat.XLSX, out, "192.0.2.7"))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }

        try (var left = Files.list(poiFiles)) {
            assertThat(left).as("the temporary sheet, with the rows written before the failure").isEmpty();
        }
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).close())
                .as("what reached the stream (%d bytes) is no workbook", out.size()).isInstanceOf(Exception.class);
        assertThat(jdbc.queryForList("select action || ' ' || target from operator_audit", String.class))
                .containsExactly("BULK_EXPORT_FAILED mini 1.0.0 xlsx after 152 rows");
    }

    @Test
    void an_ods_export_that_fails_half_way_leaves_no_spreadsheet_that_opens_and_says_so_in_the_audit_log(
            @TempDir Path folder) throws Exception {
        brokenAfterOthers(150);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> export.write(OLGA, MINI, BulkFormat.ODS, out, "192.0.2.7"))
                .isInstanceOf(RuntimeException.class);

        assertThat(out.size()).as("the rows before the failure went out").isPositive();
        assertThatThrownBy(() -> new SpreadSheet(new ByteArrayInputStream(out.toByteArray())))
                .as("SODS reads no spreadsheet").isInstanceOf(Exception.class);
        Path file = Files.write(folder.resolve("half-way.ods"), out.toByteArray());
        assertThatThrownBy(() -> new ZipFile(file.toFile()).close())
                .as("a zip without its central directory").isInstanceOf(ZipException.class);
        assertThat(jdbc.queryForList("select action || ' ' || target from operator_audit", String.class))
                .containsExactly("BULK_EXPORT_FAILED mini 1.0.0 ods after 152 rows");
    }

    /**
     * After the two of {@link #twoAssessments} and {@code others} more, one whose stored answer no longer reads:
     * the export fails on it, half-way through, as on a damaged row.
     */
    private void brokenAfterOthers(int others) {
        for (int i = 0; i < others; i++) service.start("mini", "Équipe " + i, "fr");
        AssessmentState broken = service.start("mini", null, "fr");
        saved(service.answer(broken.token(), "maintainers", 0, AnswerValue.of(2.0)));
        jdbc.update("update answer set value_json = '{not json' where assessment_id = ?", broken.id());
    }

    @Test
    void xlsx_and_ods_read_back_hold_the_same_cells() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        export.write(OLGA, MINI, BulkFormat.XLSX, xlsx, null);
        export.write(OLGA, MINI, BulkFormat.ODS, ods, null);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            int team = column(header, "team");
            int maintainers = column(header, "answer.maintainers");
            assertThat(sheet.getRow(1).getCell(team).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(sheet.getRow(1).getCell(team).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(maintainers).getNumericCellValue()).isEqualTo(4.0);
        }
        SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(ods.toByteArray()));
        Range cells = book.getSheet(0).getDataRange();
        assertThat(cells.getNumRows()).isEqualTo(3);
        assertThat(cells.getCell(0, 0).getValue()).isEqualTo("assessment");
        assertThat(cells.getCell(1, 3).getValue()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(cells.getCell(1, 5).getValue()).isEqualTo(
                (double) answered.evaluation().progress().answered());
    }

    @Test
    void an_export_without_a_questionnaire_version_is_refused_with_the_reason() {
        assertThatThrownBy(() -> export.write(OLGA, AssessmentFilter.all(), BulkFormat.CSV,
                new ByteArrayOutputStream(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choose a questionnaire version: the columns are its questions");
    }

    private static int column(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) return c;
        }
        throw new AssertionError("no column " + name);
    }

    private static AssessmentState saved(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).state();
    }
}
