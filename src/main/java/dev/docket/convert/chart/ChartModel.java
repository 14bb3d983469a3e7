package dev.docket.convert.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What a chart shows, read from its DrawingML chart part (ECMA-376 Part 1 §21.2) by {@link
 * ChartReader}: plots with their series, the axes, the title and the legend. Colours are resolved;
 * text sizes are in points.
 *
 * @param title the chart title ({@code c:title}, or the only series' name when the title is
 *     automatic), {@code null} for none
 * @param legend where the legend goes, {@code null} for none
 * @param plots the chart groups of the plot area, in document order
 * @param categoryAxis the axis the categories (or, for scatter, the x values) run along
 * @param valueAxis the axis the values run along
 * @param plotLayout the plot area's manual layout, as fractions of the chart, {@code null} for
 *     automatic
 * @param plotLayoutInner whether the manual layout is the inner plot rectangle (without axis
 *     labels)
 */
public record ChartModel(Text title, Legend legend, List<Plot> plots, Axis categoryAxis,
    Axis valueAxis, Rectangle2D plotLayout, boolean plotLayoutInner) {

  /** Chart types this package draws. */
  public enum Kind { BAR, LINE, AREA, PIE, DOUGHNUT, SCATTER }

  /** How the series of a bar, line or area plot combine ({@code c:grouping}). */
  public enum Grouping { CLUSTERED, STANDARD, STACKED, PERCENT }

  /** Legend position ({@code c:legendPos}). */
  public enum LegendPosition { RIGHT, LEFT, TOP, BOTTOM, TOP_RIGHT }

  /**
   * A run of text with its look.
   *
   * @param text what it says
   * @param size font size in points
   * @param bold whether it is bold
   * @param color its colour
   */
  public record Text(String text, double size, boolean bold, Color color) {}

  /**
   * @param position where it goes
   * @param size font size of the entries in points
   * @param color text colour
   */
  public record Legend(LegendPosition position, double size, Color color) {}

  /**
   * One chart group ({@code c:barChart}, {@code c:lineChart}, ...).
   *
   * @param kind chart type
   * @param horizontal bars grow to the right ({@code c:barDir="bar"})
   * @param grouping clustered, stacked, ...
   * @param gapWidth gap between bar clusters, percent of a bar's width
   * @param overlap overlap of bars in a cluster, percent (-100..100)
   * @param holeSize doughnut hole, percent of the diameter
   * @param series the series, in plot order
   */
  public record Plot(Kind kind, boolean horizontal, Grouping grouping, int gapWidth, int overlap,
      int holeSize, List<Series> series) {}

  /**
   * One series ({@code c:ser}).
   *
   * @param name the series name (legend entry)
   * @param categories category labels (scatter: unused)
   * @param values the values; {@code NaN} where a point is missing
   * @param xValues scatter x values, else {@code null}
   * @param fill fill colour (bars, areas, pie slices without their own)
   * @param line line colour (lines, scatter, outlines), {@code null} for none
   * @param pointFills per-point fills (pie slices, {@code c:dPt}); entries may be {@code null}
   * @param labels value labels to draw, {@code null} for none
   * @param format number format code of the values (labels), {@code null} for General
   * @param markers whether line and scatter points get markers
   */
  public record Series(String name, List<String> categories, double[] values, double[] xValues,
      Color fill, Color line, List<Color> pointFills, Text labels, String format,
      boolean markers) {}

  /**
   * @param visible whether the axis line and its labels are drawn ({@code c:delete} is not set)
   * @param gridlines major gridlines ({@code c:majorGridlines})
   * @param min fixed minimum ({@code c:scaling/c:min}), else {@code null}
   * @param max fixed maximum, else {@code null}
   * @param majorUnit fixed major unit, else {@code null}
   * @param format number format code of the labels, {@code null} for General
   * @param labels label text look
   * @param lineColor colour of the axis line, {@code null} for none
   * @param gridColor colour of the gridlines
   * @param title the axis title ({@code c:title}), {@code null} for none
   * @param titleUpright whether a title beside a vertical axis is set upright ({@code
   *     a:bodyPr rot="0"}) rather than turned a quarter left
   */
  public record Axis(boolean visible, boolean gridlines, Double min, Double max, Double majorUnit,
      String format, Text labels, Color lineColor, Color gridColor, Text title,
      boolean titleUpright) {}
}
