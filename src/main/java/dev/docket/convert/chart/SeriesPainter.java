package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Grouping;
import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws the series of bar, line, area and scatter groups into a {@link PlotFrame}. Bars follow
 * ECMA-376's geometry (Part 1 §21.2.2.75 {@code gapWidth}, §21.2.2.131 {@code overlap}): in a slot,
 * {@code n} bars of width {@code b} with {@code slot = b × (n − (n − 1) × overlap + gap)}; stacks
 * put each series on the sum of the earlier ones (positive and negative apart); 100 % stacks
 * divide by the category's total. Areas that do not stack are drawn last series first, so the first
 * is in front (LibreOffice's order). Value labels ({@link ValueLabels}) go on top. Lengths in
 * points.
 */
final class SeriesPainter {
  private static final float LINE_WIDTH = 2f;
  private static final double MARKER = 5;

  private SeriesPainter() {}

  static void draw(List<Plot> plots, PlotFrame frame, ChartText text, Graphics2D g) {
    for (Plot plot : plots) {
      switch (plot.kind()) {
        case BAR -> bars(plot, frame, text, g);
        case AREA -> areas(plot, frame, g);
        case LINE, SCATTER -> lines(plot, frame, text, g);
        default -> { }
      }
    }
  }

  private static void bars(Plot plot, PlotFrame frame, ChartText text, Graphics2D g) {
    boolean stacked = plot.grouping() == Grouping.STACKED || plot.grouping() == Grouping.PERCENT;
    int n = stacked ? 1 : plot.series().size();
    double overlap = stacked ? 1 : plot.overlap() / 100.0;
    double gap = plot.gapWidth() / 100.0;
    double bar = frame.slot() / (n - (n - 1) * overlap + gap);
    for (int i = 0; i < frame.categories(); i++) {
      double up = 0;
      double down = 0;
      double total = plot.grouping() == Grouping.PERCENT ? ValueRange.total(plot, i) : 1;
      for (int j = 0; j < plot.series().size(); j++) {
        Series s = plot.series().get(j);
        double v = i < s.values().length ? s.values()[i] : Double.NaN;
        if (Double.isNaN(v) || total == 0) {
          continue;
        }
        double scaled = v / total;
        double base = stacked ? (scaled >= 0 ? up : down) : 0;
        if (stacked && scaled >= 0) {
          up += scaled;
        } else if (stacked) {
          down += scaled;
        }
        double along = frame.slotStart(i) + gap * bar / 2 + (stacked ? 0 : j * (1 - overlap) * bar);
        Rectangle2D r = box(frame, along, bar, base, base + scaled);
        Color fill = s.pointFills().get(i) != null ? s.pointFills().get(i) : s.fill();
        paint(g, r, fill, s.line());
        ValueLabels.bar(s, i, r, stacked, frame.horizontal(), text);
      }
    }
  }

  /** A bar from one value to another, cut at the ends of the value axis (as LibreOffice clips). */
  private static Rectangle2D box(PlotFrame frame, double along, double width, double from,
      double to) {
    double a = frame.value(clamp(from, frame.values()));
    double b = frame.value(clamp(to, frame.values()));
    return frame.horizontal()
        ? new Rectangle2D.Double(Math.min(a, b), along, Math.abs(b - a), width)
        : new Rectangle2D.Double(along, Math.min(a, b), width, Math.abs(b - a));
  }

  private static double clamp(double v, ValueScale scale) {
    return Math.max(scale.min(), Math.min(scale.max(), v));
  }

  private static void paint(Graphics2D g, Rectangle2D r, Color fill, Color line) {
    if (fill != null) {
      g.setColor(fill);
      g.fill(r);
    }
    if (line != null) {
      g.setColor(line);
      g.setStroke(new BasicStroke(0.75f));
      g.draw(r);
    }
  }

  private static void areas(Plot plot, PlotFrame frame, Graphics2D g) {
    boolean stacked = plot.grouping() != Grouping.STANDARD;
    double[] base = new double[frame.categories()];
    List<Series> series = new ArrayList<>(plot.series());
    if (!stacked) {
      Collections.reverse(series); // the first series in front, as LibreOffice draws them
    }
    for (Series s : series) {
      Path2D shape = new Path2D.Double();
      double[] top = new double[base.length];
      for (int i = 0; i < base.length; i++) {
        double v = i < s.values().length && !Double.isNaN(s.values()[i]) ? s.values()[i] : 0;
        double total = plot.grouping() == Grouping.PERCENT ? ValueRange.total(plot, i) : 1;
        top[i] = (stacked ? base[i] : 0) + (total == 0 ? 0 : v / total);
        Point2D p = point(frame, i, top[i]);
        if (i == 0) {
          shape.moveTo(p.getX(), p.getY());
        } else {
          shape.lineTo(p.getX(), p.getY());
        }
      }
      for (int i = base.length - 1; i >= 0; i--) {
        Point2D p = point(frame, i, stacked ? base[i] : 0);
        shape.lineTo(p.getX(), p.getY());
      }
      shape.closePath();
      if (s.fill() != null) {
        g.setColor(s.fill());
        g.fill(shape);
      }
      base = stacked ? top : base;
    }
  }

  private static void lines(Plot plot, PlotFrame frame, ChartText text, Graphics2D g) {
    boolean stacked = plot.kind() == Kind.LINE && plot.grouping() != Grouping.STANDARD;
    double[] base = new double[frame.categories()];
    for (Series s : plot.series()) {
      List<Point2D> points = new ArrayList<>();
      for (int i = 0; i < s.values().length; i++) {
        double v = s.values()[i];
        if (Double.isNaN(v)) {
          continue;
        }
        if (plot.kind() == Kind.SCATTER) {
          double x = s.xValues() != null && i < s.xValues().length ? s.xValues()[i] : i + 1;
          points.add(new Point2D.Double(frame.x(x), frame.value(v)));
        } else {
          double value = (stacked && i < base.length ? base[i] : 0) + v;
          if (stacked && i < base.length) {
            base[i] = value;
          }
          points.add(point(frame, i, value));
        }
      }
      stroke(points, s, g);
      ValueLabels.points(s, points, text);
    }
  }

  private static void stroke(List<Point2D> points, Series s, Graphics2D g) {
    Color color = s.line() != null ? s.line() : s.fill();
    if (s.line() != null && points.size() > 1) {
      Path2D path = new Path2D.Double();
      path.moveTo(points.get(0).getX(), points.get(0).getY());
      points.stream().skip(1).forEach(p -> path.lineTo(p.getX(), p.getY()));
      g.setColor(s.line());
      g.setStroke(new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(path);
    }
    if ((s.markers() || s.line() == null) && color != null) {
      g.setColor(color);
      for (Point2D p : points) {
        g.fill(new Rectangle2D.Double(p.getX() - MARKER / 2, p.getY() - MARKER / 2, MARKER,
            MARKER));
      }
    }
  }

  private static Point2D point(PlotFrame frame, int category, double value) {
    double along = frame.slotCentre(category);
    double at = frame.value(value);
    return frame.horizontal() ? new Point2D.Double(at, along) : new Point2D.Double(along, at);
  }
}
