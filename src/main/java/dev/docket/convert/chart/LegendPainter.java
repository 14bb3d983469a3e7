package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Legend;
import dev.docket.convert.chart.ChartModel.LegendPosition;
import dev.docket.convert.chart.ChartModel.Plot;
import dev.docket.convert.chart.ChartModel.Series;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the legend ({@code c:legend}, ECMA-376 Part 1 §21.2.2.93) beside the plot area: one entry
 * per series (per slice for a pie), a colour square the size of 60 % of the text, then the name.
 * Left or right it is a column centred vertically; top or bottom a centred row. Returns the room
 * left for the plot area. Lengths in points.
 */
final class LegendPainter {
  private LegendPainter() {}

  /** An entry: its colour and its name. */
  private record Entry(Color color, String name) {}

  static Rectangle2D draw(ChartModel model, Legend legend, ChartText text, Graphics2D g,
      Rectangle2D area, double pad) {
    List<Entry> entries = entries(model);
    if (entries.isEmpty()) {
      return area;
    }
    Text look = new Text("", legend.size(), false, legend.color());
    double line = ChartText.lineHeight(look);
    double key = 0.6 * legend.size();
    double gap = 0.4 * legend.size();
    double[] widths = entries.stream().mapToDouble(e -> key + gap + text.width(e.name(), look))
        .toArray();
    if (ChartPainter.horizontal(legend.position())) {
      double total = 0;
      for (double w : widths) {
        total += w + 2 * gap;
      }
      double x = area.getCenterX() - total / 2 + gap;
      boolean top = legend.position() == LegendPosition.TOP;
      double y = top ? area.getY() : area.getMaxY() - line;
      for (int i = 0; i < entries.size(); i++) {
        entry(entries.get(i), look, text, g, x, y, key, gap);
        x += widths[i] + 2 * gap;
      }
      return new Rectangle2D.Double(area.getX(), top ? y + line + pad : area.getY(),
          area.getWidth(), area.getHeight() - line - pad);
    }
    double width = 0;
    for (double w : widths) {
      width = Math.max(width, w);
    }
    boolean left = legend.position() == LegendPosition.LEFT;
    double x = left ? area.getX() : area.getMaxX() - width;
    double y = legend.position() == LegendPosition.TOP_RIGHT ? area.getY()
        : area.getCenterY() - entries.size() * line / 2;
    for (Entry e : entries) {
      entry(e, look, text, g, x, y, key, gap);
      y += line;
    }
    return new Rectangle2D.Double(left ? x + width + pad : area.getX(), area.getY(),
        area.getWidth() - width - pad, area.getHeight());
  }

  private static void entry(Entry e, Text look, ChartText text, Graphics2D g, double x,
      double top, double key, double gap) {
    double baseline = top + text.ascent(look);
    if (e.color() != null) {
      g.setColor(e.color());
      g.fill(new Rectangle2D.Double(x, baseline - key - 0.1 * look.size(), key, key));
    }
    text.draw(e.name(), look, x + key + gap, baseline, -1);
  }

  private static List<Entry> entries(ChartModel model) {
    List<Entry> entries = new ArrayList<>();
    for (Plot plot : model.plots()) {
      if (plot.kind() == Kind.PIE || plot.kind() == Kind.DOUGHNUT) {
        Series s = plot.series().get(0);
        for (int i = 0; i < s.categories().size(); i++) {
          entries.add(new Entry(s.pointFills().get(i), s.categories().get(i)));
        }
        return entries;
      }
      for (Series s : plot.series()) {
        boolean line = plot.kind() == Kind.LINE || plot.kind() == Kind.SCATTER;
        entries.add(new Entry(line && s.line() != null ? s.line() : s.fill(), s.name()));
      }
    }
    return entries;
  }
}
