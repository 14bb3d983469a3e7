package dev.docket.convert.chart;

import dev.docket.convert.chart.ChartModel.Text;
import java.awt.Color;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

/**
 * Reads the text look of a chart element from its text properties ({@code c:txPr} or a rich
 * text body, ECMA-376 §21.2.2.216): the first paragraph's {@code a:defRPr} size, weight and fill.
 * What it does not state comes from the enclosing element's look.
 */
final class TextLook {
  private TextLook() {}

  /** The look stated by a text body, on top of {@code inherited}. */
  static Text of(CTTextBody body, Text inherited, ChartTheme theme) {
    if (body == null || body.sizeOfPArray() == 0) {
      return inherited;
    }
    CTTextParagraph p = body.getPArray(0);
    Text look = inherited;
    if (p.isSetPPr() && p.getPPr().isSetDefRPr()) {
      look = apply(p.getPPr().getDefRPr(), look, theme);
    }
    if (p.sizeOfRArray() > 0 && p.getRArray(0).isSetRPr()) {
      look = apply(p.getRArray(0).getRPr(), look, theme);
    }
    return look;
  }

  /** The plain text of a rich body: its runs, paragraphs joined by line breaks. */
  static String plain(CTTextBody body) {
    StringBuilder text = new StringBuilder();
    for (CTTextParagraph p : body.getPList()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      p.getRList().forEach(r -> text.append(r.getT()));
    }
    return text.toString();
  }

  private static Text apply(CTTextCharacterProperties pr, Text look, ChartTheme theme) {
    double size = pr.isSetSz() ? pr.getSz() / 100.0 : look.size();
    boolean bold = pr.isSetB() ? pr.getB() : look.bold();
    Color color = look.color();
    if (pr.isSetSolidFill()) {
      Color stated = theme.color(pr.getSolidFill());
      color = stated != null ? stated : color;
    }
    return new Text(look.text(), size, bold, color);
  }
}
