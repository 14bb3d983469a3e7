package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Kind;
import dev.docket.convert.chart.ChartModel.Legend;
import dev.docket.convert.chart.ChartModel.LegendPosition;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;

/**
 * Draws a chart from its data into a rectangle of a {@link Graphics2D}, as vector shapes and real
 * text (through a PDF graphics it stays vector): the title on top, the legend on its side, and in
 * the rest the plot area ({@link CartesianPainter} for bar, line, area and scatter groups, {@link
 * PiePainter} for pie and doughnut) where the chart's manual layout does not place it. Lengths in
 * points; the layout follows LibreOffice's automatic chart layout in outline, not to the point.
 */
public final class ChartPainter {
  /** A title wraps at this share of the chart's width (LibreOffice's limit). */
  private static final double TITLE_WIDTH = 0.8;

  private ChartPainter() {}

  /**
   * Reads and draws a chart.
   *
   * @param bounds where the chart goes (its graphic frame), in the graphics' user space
   * @return false when the chart has nothing this package can draw (nothing is drawn then)
   */
  public static boolean draw(XDDFChart chart, ChartTheme theme, Graphics2D graphics,
      Rectangle2D bounds) {
    ChartModel model = ChartReader.read(chart, theme);
    if (model.plots().isEmpty() || bounds.isEmpty()) {
      return false;
    }
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      paint(model, new ChartText(g, theme.fontFamily(null)), g, bounds);
    } finally {
      g.dispose();
    }
    return true;
  }

  static void paint(ChartModel model, ChartText text, Graphics2D g, Rectangle2D bounds) {
    double pad = Math.min(bounds.getWidth(), bounds.getHeight()) * 0.03;
    Rectangle2D rest = inset(bounds, pad);
    Text title = model.title();
    if (title != null) {
      double top = rest.getY();
      for (String line : text.wrap(title.text(), title, TITLE_WIDTH * bounds.getWidth())) {
        text.draw(line, title, rest.getCenterX(), top + text.ascent(title), 0);
        top += ChartText.lineHeight(title);
      }
      rest = new Rectangle2D.Double(rest.getX(), top + pad, rest.getWidth(),
          rest.getMaxY() - top - pad);
    }
    Legend legend = model.legend();
    if (legend != null) {
      rest = LegendPainter.draw(model, legend, text, g, rest, pad);
    }
    Rectangle2D plot = rest;
    if (model.plotLayout() != null) {
      Rectangle2D f = model.plotLayout();
      plot = new Rectangle2D.Double(bounds.getX() + f.getX() * bounds.getWidth(),
          bounds.getY() + f.getY() * bounds.getHeight(), f.getWidth() * bounds.getWidth(),
          f.getHeight() * bounds.getHeight());
    }
    if (plot.getWidth() <= 1 || plot.getHeight() <= 1) {
      return;
    }
    Kind kind = model.plots().get(0).kind();
    if (kind == Kind.PIE || kind == Kind.DOUGHNUT) {
      PiePainter.draw(model.plots().get(0), text, g, plot);
    } else {
      CartesianPainter.draw(model, text, g, plot, model.plotLayout() != null
          && model.plotLayoutInner());
    }
  }

  static Rectangle2D inset(Rectangle2D r, double d) {
    return new Rectangle2D.Double(r.getX() + d, r.getY() + d, Math.max(0, r.getWidth() - 2 * d),
        Math.max(0, r.getHeight() - 2 * d));
  }

  static boolean horizontal(LegendPosition position) {
    return position == LegendPosition.TOP || position == LegendPosition.BOTTOM;
  }
}
