package dev.docket.convert.docx;

import java.util.List;

/**
 * Table-wide properties after the table style (ECMA-376 Part 1 §17.7.6) and the table's own
 * {@code w:tblPr} (§17.4.60): borders, default cell margins, shading, indent, alignment, width.
 * Lengths in points.
 */
final class TableProps {
  String styleId;
  Border top;
  Border bottom;
  Border left;
  Border right;
  Border insideH;
  Border insideV;
  /** Default cell margins (§17.4.42 tblCellMar); Word's defaults are 5.4 pt left and right. */
  float marginTop;
  float marginBottom;
  float marginLeft = 5.4f;
  float marginRight = 5.4f;
  int shading = -1;
  float indent;
  String align = "left";
  /** Preferred width: points, or a negative fraction of the available width for percentages. */
  float width;
  boolean bidi;
  /** Space between cells ({@code w:tblCellSpacing}, §17.4.46), added to every row. */
  float cellSpacing;
  /** The table declares cell spacing (even zero), as tables converted from HTML do. */
  boolean spacingDeclared;

  /** Resolves the properties of a table: its style chain first, then its own {@code w:tblPr}. */
  static TableProps of(XmlNode tblPr, StyleResolver styles) {
    TableProps t = new TableProps();
    String styleId = tblPr == null ? null : tblPr.childVal("tblStyle");
    t.styleId = styles.tableStyleOrDefault(styleId);
    List<XmlNode> chain = styles.chain(t.styleId);
    for (XmlNode style : chain) {
      t.apply(style.child("tblPr"));
    }
    t.apply(tblPr);
    return t;
  }

  private void apply(XmlNode tblPr) {
    if (tblPr == null) {
      return;
    }
    for (XmlNode c : tblPr.children()) {
      switch (c.name) {
        case "tblBorders" -> borders(c);
        case "tblCellMar" -> margins(c);
        case "shd" -> shading = PropertyReader.shading(c);
        case "tblInd" -> indent = width(c, indent);
        case "jc" -> align = c.attr("val") == null ? align : c.attr("val");
        case "tblW" -> width = width(c, width);
        case "bidiVisual" -> bidi = Units.onOff(c);
        case "tblCellSpacing" -> {
          cellSpacing = Math.max(0, width(c, 0));
          spacingDeclared = true;
        }
        default -> { }
      }
    }
  }

  private void borders(XmlNode b) {
    for (XmlNode e : b.children()) {
      Border border = Border.of(e);
      switch (e.name) {
        case "top" -> top = border;
        case "bottom" -> bottom = border;
        case "left", "start" -> left = border;
        case "right", "end" -> right = border;
        case "insideH" -> insideH = border;
        case "insideV" -> insideV = border;
        default -> { }
      }
    }
  }

  private void margins(XmlNode m) {
    for (XmlNode e : m.children()) {
      float v = width(e, Float.NaN);
      if (Float.isNaN(v) || v < 0) {
        continue;
      }
      switch (e.name) {
        case "top" -> marginTop = v;
        case "bottom" -> marginBottom = v;
        case "left", "start" -> marginLeft = v;
        case "right", "end" -> marginRight = v;
        default -> { }
      }
    }
  }

  /**
   * A {@code w:tblW}-like width (§17.18.87 ST_TblWidth): {@code dxa} twips in points,
   * {@code pct} as a negative fraction (fiftieths of a percent, or "50%"), {@code auto}/{@code nil}
   * as the fallback.
   */
  static float width(XmlNode e, float fallback) {
    String type = e.attr("type");
    String w = e.attr("w");
    if (w == null || "auto".equals(type) || "nil".equals(type)) {
      return fallback;
    }
    if ("pct".equals(type)) {
      float pct = w.endsWith("%") ? Units.integer(w.substring(0, w.length() - 1), 0) / 100f
          : Units.integer(w, 0) / 5000f;
      return pct > 0 ? -pct : fallback;
    }
    return Units.twips(w, fallback);
  }
}
