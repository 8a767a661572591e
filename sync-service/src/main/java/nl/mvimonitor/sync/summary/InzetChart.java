package nl.mvimonitor.sync.summary;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A clustered bar chart "% aanbestedingen met MVI per jaar", one series per theme, drawn from a small block of
 * chart data written beside the Inzet table (years down, themes across).
 */
final class InzetChart {

    static final String TITLE = "% aanbestedingen met MVI per jaar";
    private static final int CHART_ROWS = 20;
    private static final int CHART_COLUMNS = 10;
    private static final int DATA_COLUMN_WIDTH = 18;
    private static final List<PresetColor> PALETTE = List.of(PresetColor.DARK_SLATE_GRAY, PresetColor.SEA_GREEN,
            PresetColor.STEEL_BLUE, PresetColor.GOLDENROD, PresetColor.INDIAN_RED, PresetColor.MEDIUM_PURPLE,
            PresetColor.OLIVE_DRAB, PresetColor.DARK_ORANGE, PresetColor.CADET_BLUE, PresetColor.ROSY_BROWN);

    private final BoardSheet sheet;
    private final int firstColumn;
    private XSSFChart chart;

    InzetChart(BoardSheet sheet, int firstColumn) {
        this.sheet = sheet;
        this.firstColumn = firstColumn;
    }

    void write(List<Integer> years, List<String> themeCodes, ThemeNames themes, InzetSheet.ChartValues values) {
        writeData(years, themeCodes, themes, values);
        XDDFBarChartData data = barChart(years.size());
        XSSFSheet xssf = sheet.sheet();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromStringCellRange(xssf,
                new CellRangeAddress(1, years.size(), firstColumn, firstColumn));
        for (int i = 0; i < themeCodes.size(); i++) {
            int column = firstColumn + 1 + i;
            XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromNumericCellRange(xssf,
                    new CellRangeAddress(1, years.size(), column, column));
            XDDFChartData.Series bars = data.addSeries(categories, series);
            bars.setTitle(themes.label(themeCodes.get(i)), new CellReference(xssf.getSheetName(), 0, column, true, true));
            fill(bars, PALETTE.get(i % PALETTE.size()));
        }
        chart.plot(data);
    }

    /** An empty clustered bar chart below the chart data, with years across and 0-100% up. */
    private XDDFBarChartData barChart(int years) {
        XSSFDrawing drawing = sheet.sheet().createDrawingPatriarch();
        int top = years + 2;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstColumn, top,
                firstColumn + CHART_COLUMNS, top + CHART_ROWS);
        chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis yearAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis percentAxis = chart.createValueAxis(AxisPosition.LEFT);
        percentAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        percentAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        percentAxis.setMinimum(0);
        percentAxis.setMaximum(100);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, yearAxis, percentAxis);
        data.setBarDirection(BarDirection.COL);
        return data;
    }

    /** An explicit fill: without one, some spreadsheet programs draw the bars invisible. */
    private static void fill(XDDFChartData.Series series, PresetColor colour) {
        XDDFShapeProperties properties = series.getShapeProperties() == null ? new XDDFShapeProperties()
                : series.getShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(properties);
    }

    private void writeData(List<Integer> years, List<String> themeCodes, ThemeNames themes,
                           InzetSheet.ChartValues values) {
        Row header = sheet.row(0);
        sheet.styled(header, firstColumn, "Jaar", sheet.styles().header);
        for (int i = 0; i < themeCodes.size(); i++) {
            sheet.styled(header, firstColumn + 1 + i, themes.label(themeCodes.get(i)), sheet.styles().header);
            sheet.sheet().setColumnWidth(firstColumn + 1 + i, DATA_COLUMN_WIDTH * 256);
        }
        for (int y = 0; y < years.size(); y++) {
            Row row = sheet.row(1 + y);
            int year = years.get(y);
            // years as text: they are chart categories, not quantities
            sheet.text(row, firstColumn, Integer.toString(year));
            for (int i = 0; i < themeCodes.size(); i++) {
                sheet.number(row, firstColumn + 1 + i, values.of(themeCodes.get(i), year), sheet.styles().decimal);
            }
        }
    }
}
