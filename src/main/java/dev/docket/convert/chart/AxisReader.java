package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Axis;
import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Color;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartLines;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScaling;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTickLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STAxPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STTickLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * Reads the category and value axes of a plot area ({@code c:catAx}, {@code c:dateAx}, {@code
 * c:valAx}, ECMA-376 Part 1 §21.2.2.25, .39, .226). A scatter chart has two value axes: the one
 * at the bottom or top is its x axis. Axis lines and gridlines without a stated colour are drawn
 * in LibreOffice's default grey.
 */
final class AxisReader {
  /** LibreOffice's default colour of axis lines and gridlines. */
  static final Color DEFAULT_LINE = new Color(0xB3, 0xB3, 0xB3);

  private AxisReader() {}

  static Axis category(CTPlotArea area, boolean scatter, Text base, ChartTheme theme) {
    if (scatter) {
      CTValAx x = valueAxis(area, true);
      return x == null ? hidden(base) : read(x.getDelete(), x.getMajorGridlines(), x.getScaling(),
          x.isSetMajorUnit() ? x.getMajorUnit().getVal() : null, x.getNumFmt(), x.getTickLblPos(),
          x.getTxPr(), x.getSpPr(), base, theme).titled(x.getTitle(), base, theme);
    }
    if (area.sizeOfCatAxArray() > 0) {
      var c = area.getCatAxArray(0);
      return read(c.getDelete(), c.getMajorGridlines(), c.getScaling(), null, c.getNumFmt(),
          c.getTickLblPos(), c.getTxPr(), c.getSpPr(), base, theme).titled(c.getTitle(), base,
          theme);
    }
    if (area.sizeOfDateAxArray() > 0) {
      var d = area.getDateAxArray(0);
      return read(d.getDelete(), d.getMajorGridlines(), d.getScaling(), null, d.getNumFmt(),
          d.getTickLblPos(), d.getTxPr(), d.getSpPr(), base, theme).titled(d.getTitle(), base,
          theme);
    }
    return hidden(base);
  }

  static Axis value(CTPlotArea area, boolean scatter, Text base, ChartTheme theme) {
    CTValAx v = valueAxis(area, false);
    if (v == null) {
      return hidden(base);
    }
    return read(v.getDelete(), v.getMajorGridlines(), v.getScaling(),
        v.isSetMajorUnit() ? v.getMajorUnit().getVal() : null, v.getNumFmt(), v.getTickLblPos(),
        v.getTxPr(), v.getSpPr(), base, theme).titled(v.getTitle(), base, theme);
  }

  /** The value axis along x (bottom or top) or along y (the first other one). */
  private static CTValAx valueAxis(CTPlotArea area, boolean alongX) {
    CTValAx first = null;
    for (CTValAx axis : area.getValAxList()) {
      STAxPos.Enum pos = axis.getAxPos() == null ? null : axis.getAxPos().getVal();
      boolean horizontal = pos == STAxPos.B || pos == STAxPos.T;
      if (horizontal == alongX) {
        return axis;
      }
      first = first == null ? axis : first;
    }
    return alongX ? null : first;
  }

  private static Axis hidden(Text base) {
    return new Axis(false, false, null, null, null, null, base, null, DEFAULT_LINE, null, false);
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private static Titled read(CTBoolean delete, CTChartLines grid, CTScaling scaling, Double unit,
      CTNumFmt format, CTTickLblPos labelPos, CTTextBody txPr, CTShapeProperties spPr, Text base,
      ChartTheme theme) {
    boolean visible = delete == null || !delete.getVal();
    boolean labels = labelPos == null || labelPos.getVal() != STTickLblPos.NONE;
    Text look = TextLook.of(txPr, base, theme);
    Color gridColor = grid != null && grid.isSetSpPr() ? line(grid.getSpPr(), theme) : DEFAULT_LINE;
    Color lineColor = spPr != null ? line(spPr, theme) : DEFAULT_LINE;
    return new Titled(new Axis(visible && labels, grid != null, scaling != null
        && scaling.isSetMin() ? scaling.getMin().getVal() : null, scaling != null
        && scaling.isSetMax() ? scaling.getMax().getVal() : null, unit,
        format == null ? null : format.getFormatCode(), look, visible ? lineColor : null,
        gridColor, null, false));
  }

  /** An axis before its title is read. */
  private record Titled(Axis axis) {
    /** The axis with its title: rich text, bold and at the chart's text size unless stated. */
    Axis titled(CTTitle title, Text base, ChartTheme theme) {
      if (title == null || !title.isSetTx() || !title.getTx().isSetRich()) {
        return axis;
      }
      CTTextBody rich = title.getTx().getRich();
      Text look = TextLook.of(rich, new Text("", base.size(), true, base.color()), theme);
      String text = TextLook.plain(rich);
      boolean upright = rich.getBodyPr() != null && rich.getBodyPr().isSetRot()
          && rich.getBodyPr().getRot() == 0;
      Axis a = axis;
      return text.isBlank() ? a : new Axis(a.visible(), a.gridlines(), a.min(), a.max(),
          a.majorUnit(), a.format(), a.labels(), a.lineColor(), a.gridColor(),
          new Text(text, look.size(), look.bold(), look.color()), upright);
    }
  }

  /** The colour of a shape's outline: stated, none ({@code null}), or the default grey. */
  static Color line(CTShapeProperties spPr, ChartTheme theme) {
    if (spPr == null || !spPr.isSetLn()) {
      return DEFAULT_LINE;
    }
    CTLineProperties ln = spPr.getLn();
    if (ln.isSetNoFill()) {
      return null;
    }
    if (ln.isSetSolidFill()) {
      Color c = theme.color(ln.getSolidFill());
      return c != null ? c : DEFAULT_LINE;
    }
    return DEFAULT_LINE;
  }
}
