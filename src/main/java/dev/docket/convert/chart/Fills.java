package dev.docket.convert.chart;

import java.awt.Color;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * Colours of a chart element's shape properties ({@code c:spPr}, ECMA-376 Part 1 §20.1.2.2.35):
 * a solid fill's colour, a gradient's first stop, {@code null} for no fill; otherwise the
 * automatic colour given.
 */
final class Fills {
  private Fills() {}

  /** The fill colour, or {@code auto} when none is stated. */
  static Color fill(CTShapeProperties spPr, ChartTheme theme, Color auto) {
    if (spPr == null) {
      return auto;
    }
    if (spPr.isSetNoFill()) {
      return null;
    }
    if (spPr.isSetSolidFill()) {
      Color c = theme.color(spPr.getSolidFill());
      return c != null ? c : auto;
    }
    if (spPr.isSetGradFill()) {
      CTGradientFillProperties grad = spPr.getGradFill();
      if (grad.isSetGsLst() && grad.getGsLst().sizeOfGsArray() > 0) {
        Color c = theme.color(grad.getGsLst().getGsArray(0));
        return c != null ? c : auto;
      }
    }
    return auto;
  }

  /** The line colour of a line or scatter series, or {@code auto}. */
  static Color line(CTShapeProperties spPr, ChartTheme theme, Color auto) {
    if (spPr == null || !spPr.isSetLn()) {
      return auto;
    }
    CTLineProperties ln = spPr.getLn();
    if (ln.isSetNoFill()) {
      return null;
    }
    Color c = ln.isSetSolidFill() ? theme.color(ln.getSolidFill()) : null;
    return c != null ? c : auto;
  }

  /** The outline of a bar, slice or area: only when stated. */
  static Color outline(CTShapeProperties spPr, ChartTheme theme) {
    return line(spPr, theme, null);
  }
}
