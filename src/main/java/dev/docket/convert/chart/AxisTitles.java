package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Axis;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Axis titles ({@code c:title} of an axis): the one of the axis along the bottom goes under its
 * labels, centred on the plot; the one of the vertical axis goes at the left edge, turned a
 * quarter left, or upright and wrapped into a column a fifth of the chart wide. Each takes its
 * room from the plot area first. Lengths in points.
 */
final class AxisTitles {
  private static final double UPRIGHT_WIDTH = 0.2;

  private AxisTitles() {}

  /** The area left for the plot and its labels once the titles have their room. */
  static Rectangle2D reserve(Rectangle2D outer, Axis left, Axis bottom, ChartText text) {
    double l = left.title() == null ? 0 : width(left, outer, text) + gap(left.title());
    double b = bottom.title() == null ? 0
        : ChartText.lineHeight(bottom.title()) + gap(bottom.title());
    return new Rectangle2D.Double(outer.getX() + l, outer.getY(),
        Math.max(0, outer.getWidth() - l), Math.max(0, outer.getHeight() - b));
  }

  static void draw(Rectangle2D outer, Rectangle2D plot, Axis left, Axis bottom, ChartText text,
      Graphics2D g) {
    Text b = bottom.title();
    if (b != null) {
      double baseline = outer.getMaxY() - ChartText.lineHeight(b) + text.ascent(b);
      text.draw(b.text(), b, plot.getCenterX(), baseline, 0);
    }
    Text l = left.title();
    if (l == null) {
      return;
    }
    if (left.titleUpright()) {
      List<String> lines = text.wrap(l.text(), l, UPRIGHT_WIDTH * outer.getWidth());
      double x = outer.getX() + width(left, outer, text) / 2;
      double top = plot.getCenterY() - lines.size() * ChartText.lineHeight(l) / 2;
      for (String line : lines) {
        text.draw(line, l, x, top + text.ascent(l), 0);
        top += ChartText.lineHeight(l);
      }
      return;
    }
    Graphics2D turned = (Graphics2D) g.create();
    try {
      turned.translate(outer.getX() + text.ascent(l), plot.getCenterY());
      turned.rotate(-Math.PI / 2);
      text.on(turned).draw(l.text(), l, 0, 0, 0);
    } finally {
      turned.dispose();
    }
  }

  private static double width(Axis axis, Rectangle2D outer, ChartText text) {
    Text t = axis.title();
    if (!axis.titleUpright()) {
      return ChartText.lineHeight(t);
    }
    return text.wrap(t.text(), t, UPRIGHT_WIDTH * outer.getWidth()).stream()
        .mapToDouble(line -> text.width(line, t)).max().orElse(0);
  }

  private static double gap(Text t) {
    return 0.5 * t.size();
  }
}
