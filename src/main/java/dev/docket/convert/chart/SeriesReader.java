package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Series;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * Reads one series ({@code c:ser}, ECMA-376 Part 1 §21.2.2.167-171): name, categories and values
 * from the values cached with the chart ({@link PointCache}), its fill and line from
 * {@code c:spPr}, per-point fills from {@code c:dPt}, value labels from {@code c:dLbls} (its own
 * or its group's). Without a stated fill the series takes its automatic colour ({@link
 * SeriesColors}); the slices of a pie take one each.
 */
final class SeriesReader {
  private static final DataFormatter FORMATTER = new DataFormatter();

  private SeriesReader() {}

  @SuppressWarnings("checkstyle:ParameterNumber")
  static Series read(XDDFChartData.Series series, Kind kind, int index, int allSeries,
      SeriesColors colors, Text base, ChartTheme theme) {
    SeriesXml xml = SeriesXml.of(series);
    boolean scatter = kind == Kind.SCATTER;
    PointCache valueCache = PointCache.of(xml.element(), scatter ? "yVal" : "val");
    PointCache categoryCache = PointCache.of(xml.element(), scatter ? "xVal" : "cat");
    double[] values = valueCache.numbers();
    List<String> categories = labels(categoryCache, values.length);
    Color auto = colors.color(xml.index(index), allSeries);
    Color fill = Fills.fill(xml.spPr(), theme, auto);
    boolean lines = kind == Kind.LINE || kind == Kind.SCATTER;
    Color line = lines ? Fills.line(xml.spPr(), theme, auto) : Fills.outline(xml.spPr(), theme);
    List<Color> points = pointFills(xml, kind, values.length, colors, theme);
    CTDLbls dLbls = xml.labels();
    Text labels = dLbls != null && dLbls.isSetShowVal() && dLbls.getShowVal().getVal()
        && !(dLbls.isSetDelete() && dLbls.getDelete().getVal())
        ? TextLook.of(dLbls.isSetTxPr() ? dLbls.getTxPr() : null, base, theme) : null;
    String format = dLbls != null && dLbls.isSetNumFmt() ? dLbls.getNumFmt().getFormatCode()
        : valueCache.formatCode();
    double[] x = scatter ? categoryCache.numbers() : null;
    if (x != null && x.length == 0) {
      x = null; // no x values: points go 1, 2, 3 ...
    }
    return new Series(xml.name(index), categories, values, x, fill, line, points, labels, format,
        lines && xml.markers());
  }

  private static List<Color> pointFills(SeriesXml xml, Kind kind, int count, SeriesColors colors,
      ChartTheme theme) {
    boolean vary = kind == Kind.PIE || kind == Kind.DOUGHNUT;
    List<Color> fills = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fills.add(vary ? colors.color(i, count) : null);
    }
    for (CTDPt point : xml.points()) {
      int i = (int) point.getIdx().getVal();
      if (i >= 0 && i < count && point.isSetSpPr()) {
        CTShapeProperties spPr = point.getSpPr();
        fills.set(i, Fills.fill(spPr, theme, fills.get(i)));
      }
    }
    return fills;
  }

  /** Category labels, as many as there are values (1, 2, 3 ... where the chart has none). */
  private static List<String> labels(PointCache cache, int count) {
    List<String> labels = new ArrayList<>();
    double[] numbers = cache.numbers();
    for (int i = 0; i < count; i++) {
      String point = cache.points().get(i);
      if (cache.count() == 0) {
        labels.add(Integer.toString(i + 1));
      } else if (point == null) {
        labels.add("");
      } else if (cache.formatCode() != null && i < numbers.length && !Double.isNaN(numbers[i])) {
        labels.add(format(numbers[i], cache.formatCode()));
      } else {
        labels.add(point);
      }
    }
    return labels;
  }

  /** A number as Excel's format code shows it ({@code null}: General). */
  static String format(double value, String formatCode) {
    String code = formatCode == null ? "General" : formatCode;
    return FORMATTER.formatRawCellContents(value, -1, code);
  }
}
