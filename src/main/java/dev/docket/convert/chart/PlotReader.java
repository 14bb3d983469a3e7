package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Grouping;
import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Series;
import dev.docket.convert.chart.ChartModel.Text;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBar3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLine3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPie3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;

/**
 * Reads one chart group through POI's XDDF model: its type, bar direction and grouping, gaps, and
 * each series through {@link SeriesReader}. 3-D bar, line and pie groups are read as their flat
 * kin (they are drawn flat). Defaults are ECMA-376's: gap width 150 %, overlap 0 (100 % when
 * stacked), doughnut hole 50 %.
 */
final class PlotReader {
  private static final int DEFAULT_GAP = 150;
  private static final int DEFAULT_HOLE = 50;

  private PlotReader() {}

  /**
   * @param firstSeries how many series the chart's earlier groups have (for automatic colours)
   * @param allSeries how many series the chart has
   * @return the plot, or {@code null} for a type this package does not draw
   */
  static Plot read(XDDFChartData data, int firstSeries, int allSeries, SeriesColors colors,
      Text base, ChartTheme theme) {
    Kind kind = kind(data);
    if (kind == null) {
      return null;
    }
    boolean horizontal = false;
    Grouping grouping = Grouping.STANDARD;
    Integer gap = null;
    Integer overlap = null;
    if (data instanceof XDDFBarChartData bar) {
      horizontal = bar.getBarDirection() == BarDirection.BAR;
      grouping = grouping(bar.getBarGrouping());
    } else if (data instanceof XDDFBar3DChartData bar) {
      horizontal = bar.getBarDirection() == BarDirection.BAR;
      grouping = grouping(bar.getBarGrouping());
    } else if (data instanceof XDDFLineChartData line) {
      grouping = grouping(line.getGrouping());
    } else if (data instanceof XDDFAreaChartData area) {
      grouping = grouping(area.getGrouping());
    }
    if (kind == Kind.BAR && data.getSeriesCount() > 0) {
      gap = SeriesXml.groupSetting(data.getSeries(0), "gapWidth");
      overlap = SeriesXml.groupSetting(data.getSeries(0), "overlap");
    }
    boolean stacked = grouping == Grouping.STACKED || grouping == Grouping.PERCENT;
    Integer holeSize = kind == Kind.DOUGHNUT && data.getSeriesCount() > 0
        ? SeriesXml.groupSetting(data.getSeries(0), "holeSize") : null;
    int hole = holeSize == null ? DEFAULT_HOLE : holeSize;
    List<Series> series = new ArrayList<>();
    int count = data.getSeriesCount();
    for (int i = 0; i < count; i++) {
      series.add(SeriesReader.read(data.getSeries(i), kind, firstSeries + i, allSeries, colors,
          base, theme));
    }
    return new Plot(kind, horizontal, grouping, gap == null ? DEFAULT_GAP : gap,
        overlap == null ? (stacked && kind == Kind.BAR ? 100 : 0) : overlap, hole, series);
  }

  private static Kind kind(XDDFChartData data) {
    if (data instanceof XDDFBarChartData || data instanceof XDDFBar3DChartData) {
      return Kind.BAR;
    }
    if (data instanceof XDDFLineChartData || data instanceof XDDFLine3DChartData) {
      return Kind.LINE;
    }
    if (data instanceof XDDFAreaChartData) {
      return Kind.AREA;
    }
    if (data instanceof XDDFDoughnutChartData) {
      return Kind.DOUGHNUT;
    }
    if (data instanceof XDDFPieChartData || data instanceof XDDFPie3DChartData) {
      return Kind.PIE;
    }
    return data instanceof XDDFScatterChartData ? Kind.SCATTER : null;
  }

  private static Grouping grouping(BarGrouping grouping) {
    if (grouping == null) {
      return Grouping.CLUSTERED;
    }
    return switch (grouping) {
      case STACKED -> Grouping.STACKED;
      case PERCENT_STACKED -> Grouping.PERCENT;
      case STANDARD -> Grouping.STANDARD;
      default -> Grouping.CLUSTERED;
    };
  }

  private static Grouping grouping(org.apache.poi.xddf.usermodel.chart.Grouping grouping) {
    if (grouping == null) {
      return Grouping.STANDARD;
    }
    return switch (grouping) {
      case STACKED -> Grouping.STACKED;
      case PERCENT_STACKED -> Grouping.PERCENT;
      default -> Grouping.STANDARD;
    };
  }
}
