package org.parcours.export.xlsx;

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
import org.parcours.export.workbook.Table;

/** A native horizontal bar chart over one column of a sheet, below its rows. */
final class Charts {

    /** The bars' colour, the same blue as the report's pictures (#1f5f8b). */
    private static final byte[] BAR = {0x1f, 0x5f, (byte) 0x8b};

    private Charts() {
    }

    static void bars(XSSFSheet sheet, Table.Bars bars, int firstRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, firstRow, 4, firstRow + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(bars.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setMinimum(0);
        values.setMaximum(100);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, bars.count(), bars.labelColumn(), bars.labelColumn()));
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, bars.count(), bars.valueColumn(), bars.valueColumn()));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(names, numbers);
        series.setTitle(bars.seriesTitle(), null);
        // The workbook has no theme to take a colour from: without one LibreOffice draws no bar.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
        chart.plot(data);
    }
}
