package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Series;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Value labels of a series ({@code c:dLbls/c:showVal}): in the middle of a stacked bar, past the
 * end of a clustered one, above the points of a line. Values are formatted with the series'
 * number format. Lengths in points.
 */
final class ValueLabels {
  private ValueLabels() {}

  static void bar(Series s, int i, Rectangle2D bar, boolean centred, boolean horizontal,
      ChartText text) {
    Text look = s.labels();
    if (look == null) {
      return;
    }
    String label = SeriesReader.format(s.values()[i], s.format());
    double half = 0.35 * look.size();
    if (centred) {
      text.draw(label, look, bar.getCenterX(), bar.getCenterY() + half, 0);
    } else if (horizontal) {
      text.draw(label, look, bar.getMaxX() + half, bar.getCenterY() + half, -1);
    } else {
      text.draw(label, look, bar.getCenterX(), bar.getY() - half, 0);
    }
  }

  static void points(Series s, List<Point2D> points, ChartText text) {
    Text look = s.labels();
    if (look == null) {
      return;
    }
    int p = 0;
    for (double v : s.values()) {
      if (!Double.isNaN(v) && p < points.size()) {
        Point2D at = points.get(p++);
        text.draw(SeriesReader.format(v, s.format()), look, at.getX(), at.getY() - look.size() / 2,
            0);
      }
    }
  }
}
