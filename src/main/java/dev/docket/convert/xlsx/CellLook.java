package dev.docket.convert.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/**
 * How a cell style looks, resolved once per style: font, colours as packed RGB ({@code -1} =
 * automatic, i.e. black text or no fill), borders, alignment and wrapping.
 *
 * @param size font size in points
 * @param rotation text rotation in degrees counter-clockwise (-90..90), 0 for stacked text too
 * @param indent indent level (each about three digit widths)
 */
record CellLook(String typeface, float size, boolean bold, boolean italic, boolean underline,
    boolean strike, int textRgb, int fillRgb, Edge top, Edge right, Edge bottom, Edge left,
    HorizontalAlignment horizontal, VerticalAlignment vertical, boolean wrap, int rotation,
    int indent, boolean shrink) {

  /** One border edge: its line style and colour. */
  record Edge(BorderStyle style, int rgb) {
    static final Edge NONE = new Edge(BorderStyle.NONE, 0);

    boolean visible() {
      return style != BorderStyle.NONE;
    }
  }

  /** True when the style paints something on an empty cell (a fill or a border). */
  boolean paintsEmptyCell() {
    return fillRgb >= 0 || top.visible() || right.visible() || bottom.visible() || left.visible();
  }
}
