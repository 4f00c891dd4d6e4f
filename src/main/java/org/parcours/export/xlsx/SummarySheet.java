package org.parcours.export.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.parcours.report.PhaseSection;
import org.parcours.report.Report;
import org.parcours.report.Score;

/**
 * Scores per phase (phase, score, level, message) with a native horizontal bar chart over the score column, then
 * the report's facts (questionnaire, team, date, progress). An absent score is an empty cell, so no bar.
 */
final class SummarySheet {

    /** The bars' colour, the same blue as the report's pictures (#1f5f8b). */
    private static final byte[] BAR = {0x1f, 0x5f, (byte) 0x8b};

    private SummarySheet() {
    }

    static void write(XSSFSheet sheet, Report report, Cells cells) {
        cells.header(sheet, new String[] {report.label("label.phase"), report.label("label.score"),
                report.label("label.level"), report.label("label.message")}, new int[] {28, 10, 20, 70});
        List<PhaseSection> phases = report.phases();
        for (int i = 0; i < phases.size(); i++) {
            PhaseSection phase = phases.get(i);
            Row row = sheet.createRow(i + 1);
            cells.text(row, 0, phase.title());
            phase.score().filter(Score::isPresent).ifPresent(s -> cells.number(row, 1, s.percent().getAsDouble()));
            cells.text(row, 2, phase.score().flatMap(Score::level).map(Score.Level::label).orElse(""));
            cells.text(row, 3, phase.score().map(Score::message).orElse(""));
        }
        int at = phases.size() + 2;
        at = fact(sheet, cells, at, report.label("report.questionnaire"), report.title());
        at = fact(sheet, cells, at, report.label("report.version"), report.questionnaireVersion());
        if (report.team().isPresent()) at = fact(sheet, cells, at, report.label("report.team"), report.team().get());
        at = fact(sheet, cells, at, report.label("report.date"), report.date().toString());
        fact(sheet, cells, at, report.label("report.progress"), report.labels().format("report.progress.value",
                report.progress().answered(), report.progress().visible()));
        if (!phases.isEmpty()) chart(sheet, report, phases.size(), at + 2);
    }

    private static int fact(XSSFSheet sheet, Cells cells, int at, String label, String value) {
        Row row = sheet.createRow(at);
        cells.text(row, 0, label);
        cells.text(row, 1, value);
        return at + 1;
    }

    private static void chart(XSSFSheet sheet, Report report, int count, int firstRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, firstRow, 4, firstRow + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(report.label("chart.phases.title"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis phases = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
        scores.setMinimum(0);
        scores.setMaximum(100);
        scores.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, count, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, count, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, phases, scores);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(names, values);
        series.setTitle(report.label("label.score"), null);
        // The workbook has no theme to take a colour from: without one LibreOffice draws no bar.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
        chart.plot(data);
    }
}
