package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Axis;
import dev.docket.convert.chart.ChartModel.Grouping;
import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a chart with axes (bar, line, area, scatter): makes room for the axis labels around the
 * plot rectangle (unless a manual layout gives the inner rectangle), scales the value axis ({@link
 * ValueScale}), draws gridlines, the series ({@link SeriesPainter}), the axis lines and the labels:
 * values formatted by the axis' number format (percent for 100 % stacks), categories wrapped to
 * their slot. Lengths in points.
 */
final class CartesianPainter {
  private CartesianPainter() {}

  static void draw(ChartModel model, ChartText text, Graphics2D g, Rectangle2D outer,
      boolean inner) {
    List<Plot> plots = model.plots().stream()
        .filter(p -> p.kind() != Kind.PIE && p.kind() != Kind.DOUGHNUT).toList();
    if (plots.isEmpty()) {
      return;
    }
    Plot first = plots.get(0);
    boolean horizontal = first.kind() == Kind.BAR && first.horizontal();
    boolean scatter = first.kind() == Kind.SCATTER;
    Axis values = model.valueAxis();
    Axis categories = model.categoryAxis();
    String format = values.format() != null && !"General".equals(values.format())
        ? values.format() : first.grouping() == Grouping.PERCENT ? "0%" : null;
    List<String> names = first.series().isEmpty() ? List.of() : first.series().get(0).categories();
    int slots = plots.stream().mapToInt(ValueRange::length).max().orElse(0);
    ValueRange range = ValueRange.of(plots);
    double valueLength = horizontal ? outer.getWidth() : outer.getHeight();
    boolean expand = first.grouping() != Grouping.PERCENT;
    ValueScale scale = scale(range, values, valueLength, expand);
    ValueScale x = scatter ? scale(ValueRange.ofX(plots), categories, outer.getWidth(), true)
        : null;
    Axis left = horizontal ? categories : values;
    Axis bottom = horizontal ? values : categories;
    Rectangle2D labelled = inner ? outer : AxisTitles.reserve(outer, left, bottom, text);
    Rectangle2D area = inner ? outer : shrink(labelled, text, values, categories, scale, x,
        format, names, horizontal);
    if (area.getWidth() <= 1 || area.getHeight() <= 1) {
      return;
    }
    PlotFrame frame = new PlotFrame(area, horizontal, scale, x, Math.max(1, slots));
    grid(frame, values, g);
    SeriesPainter.draw(plots, frame, text, g);
    axisLines(frame, values, categories, g);
    if (!inner) {
      AxisTitles.draw(outer, area, left, bottom, text, g);
    }
    AxisLabels.values(frame, values, format, text, g);
    if (scatter) {
      AxisLabels.xValues(frame, categories, categories.format(), text, g);
    } else {
      AxisLabels.categories(frame, categories, names, text, g);
    }
  }

  /** At most ten intervals, fewer when the axis is shorter than ten label heights. */
  private static ValueScale scale(ValueRange range, Axis axis, double length, boolean expand) {
    int intervals = (int) Math.max(1, Math.min(10, length / axis.labels().size()));
    return ValueScale.of(range.low(), range.high(), axis.min(), axis.max(), axis.majorUnit(),
        intervals, expand);
  }

  /** The plot rectangle left when the axis labels take their room. */
  @SuppressWarnings("checkstyle:ParameterNumber")
  private static Rectangle2D shrink(Rectangle2D outer, ChartText text, Axis values,
      Axis categories, ValueScale scale, ValueScale x, String format, List<String> names,
      boolean horizontal) {
    Text vLook = values.labels();
    Text cLook = categories.labels();
    double gap = 0.5 * vLook.size();
    double valueWidth = values.visible() ? AxisLabels.widest(scale, format, text, vLook) + gap : 0;
    double left = horizontal ? (categories.visible()
        ? names.stream().mapToDouble(n -> text.width(n, cLook)).max().orElse(0) + gap : 0)
        : valueWidth;
    double bottom;
    if (horizontal) {
      bottom = values.visible() ? ChartText.lineHeight(vLook) + gap : 0;
    } else if (x != null) {
      bottom = categories.visible() ? ChartText.lineHeight(cLook) + gap : 0;
    } else {
      double slot = (outer.getWidth() - left) / Math.max(1, names.size());
      bottom = categories.visible() ? AxisLabels.height(names, text, cLook, slot) + gap : 0;
    }
    double right = valueWidth / 4; // room for the last category or value label to spill
    return new Rectangle2D.Double(outer.getX() + left, outer.getY() + vLook.size() / 2,
        Math.max(0, outer.getWidth() - left - right),
        Math.max(0, outer.getHeight() - bottom - vLook.size() / 2));
  }

  private static void grid(PlotFrame frame, Axis values, Graphics2D g) {
    if (!values.gridlines() || values.gridColor() == null) {
      return;
    }
    Rectangle2D a = frame.area();
    g.setColor(values.gridColor());
    g.setStroke(new BasicStroke(0.75f));
    for (double v : frame.values().ticks()) {
      double c = frame.value(v);
      g.draw(frame.horizontal() ? new Line2D.Double(c, a.getY(), c, a.getMaxY())
          : new Line2D.Double(a.getX(), c, a.getMaxX(), c));
    }
  }

  private static void axisLines(PlotFrame frame, Axis values, Axis categories, Graphics2D g) {
    Rectangle2D a = frame.area();
    g.setStroke(new BasicStroke(0.75f));
    if (categories.lineColor() != null) {
      g.setColor(categories.lineColor());
      double zero = frame.value(Math.max(frame.values().min(), Math.min(0, frame.values().max())));
      g.draw(frame.horizontal() ? new Line2D.Double(zero, a.getY(), zero, a.getMaxY())
          : new Line2D.Double(a.getX(), zero, a.getMaxX(), zero));
    }
    if (values.lineColor() != null) {
      g.setColor(values.lineColor());
      g.draw(frame.horizontal() ? new Line2D.Double(a.getX(), a.getMaxY(), a.getMaxX(), a.getMaxY())
          : new Line2D.Double(a.getX(), a.getY(), a.getX(), a.getMaxY()));
    }
  }
}
