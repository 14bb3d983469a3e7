package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Series;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a pie or doughnut from its first series: the largest circle the plot area holds, slices
 * clockwise from twelve o'clock in their point colours, a doughnut's hole {@code holeSize} percent
 * of the diameter (ECMA-376 Part 1 §21.2.2.82), value labels at 70 % of the radius (in the ring's
 * middle for a doughnut). Lengths in points.
 */
final class PiePainter {
  private PiePainter() {}

  static void draw(Plot plot, ChartText text, Graphics2D g, Rectangle2D area) {
    if (plot.series().isEmpty()) {
      return;
    }
    Series s = plot.series().get(0);
    double total = 0;
    for (double v : s.values()) {
      total += Double.isNaN(v) || v < 0 ? 0 : v;
    }
    if (total <= 0) {
      return;
    }
    double d = Math.min(area.getWidth(), area.getHeight());
    Rectangle2D circle = new Rectangle2D.Double(area.getCenterX() - d / 2,
        area.getCenterY() - d / 2, d, d);
    double hole = plot.kind() == Kind.DOUGHNUT ? d * plot.holeSize() / 100.0 : 0;
    double start = 90;
    for (int i = 0; i < s.values().length; i++) {
      double v = s.values()[i];
      if (Double.isNaN(v) || v <= 0) {
        continue;
      }
      double extent = -360 * v / total;
      Area slice = new Area(new Arc2D.Double(circle, start, extent, Arc2D.PIE));
      if (hole > 0) {
        slice.subtract(new Area(new Ellipse2D.Double(circle.getCenterX() - hole / 2,
            circle.getCenterY() - hole / 2, hole, hole)));
      }
      Color fill = s.pointFills().get(i) != null ? s.pointFills().get(i) : s.fill();
      if (fill != null) {
        g.setColor(fill);
        g.fill(slice);
      }
      label(s, i, circle, hole, start + extent / 2, text);
      start += extent;
    }
  }

  private static void label(Series s, int i, Rectangle2D circle, double hole, double angle,
      ChartText text) {
    Text look = s.labels();
    if (look == null) {
      return;
    }
    double r = hole > 0 ? (circle.getWidth() + hole) / 4 : 0.7 * circle.getWidth() / 2;
    double x = circle.getCenterX() + r * Math.cos(Math.toRadians(angle));
    double y = circle.getCenterY() - r * Math.sin(Math.toRadians(angle));
    text.draw(SeriesReader.format(s.values()[i], s.format()), look, x, y + 0.35 * look.size(), 0);
  }
}
