package dev.docket.convert.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * Draws the chart area: the background and outline of the whole chart ({@code c:chartSpace/c:spPr},
 * ECMA-376 Part 1 §21.2.2.29). A chart space without shape properties gets the caller's automatic
 * fill and outline (a spreadsheet chart is white with a thin grey frame in Excel and LibreOffice; a
 * slide's chart is see-through). Lengths in points.
 */
public final class ChartArea {
  /** Width of the chart area's outline when its {@code a:ln} gives none, points. */
  static final float DEFAULT_OUTLINE_WIDTH = 0.75f;
  private static final double EMU_PER_POINT = 12_700;

  private ChartArea() {}

  /**
   * @param autoFill fill when the chart states none, {@code null} for none
   * @param autoOutline outline colour when the chart states none, {@code null} for none
   */
  public static void draw(XDDFChart chart, ChartTheme theme, Graphics2D g, Rectangle2D bounds,
      Color autoFill, Color autoOutline) {
    CTChartSpace space = chart.getCTChartSpace();
    CTShapeProperties spPr = space.isSetSpPr() ? space.getSpPr() : null;
    Color fill = Fills.fill(spPr, theme, autoFill);
    Color outline = spPr == null ? autoOutline : Fills.line(spPr, theme, autoOutline);
    if (fill != null) {
      g.setColor(fill);
      g.fill(bounds);
    }
    if (outline != null) {
      float width = DEFAULT_OUTLINE_WIDTH;
      if (spPr != null && spPr.isSetLn() && spPr.getLn().isSetW()) {
        width = (float) (spPr.getLn().getW() / EMU_PER_POINT);
      }
      g.setColor(outline);
      g.setStroke(new BasicStroke(width));
      double inset = width / 2;
      g.draw(new Rectangle2D.Double(bounds.getX() + inset, bounds.getY() + inset,
          bounds.getWidth() - width, bounds.getHeight() - width));
    }
  }
}
