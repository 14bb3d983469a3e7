package dev.docket.convert.docx;

/**
 * Writes a straight rule in a border or underline style (ECMA-376 Part 1 §17.18.2 ST_Border,
 * §17.18.99 ST_Underline) as PDF path operators: solid, dotted and dashed lines, thick lines, and
 * double lines as two thin parallel rules. Coordinates in PDF user space (y up); the stroke colour
 * is set by the caller.
 */
final class PdfStrokes {
  private PdfStrokes() {}

  static void line(ContentWriter out, float x1, float y1, float x2, float y2, float width, String style) {
    String s = style == null ? "single" : style;
    float w = s.startsWith("thick") ? Math.max(width, 1.5f) : width;
    if (s.equals("double") || s.startsWith("thinThick") || s.startsWith("thickThin") || s.equals("triple")) {
      float dx = y1 == y2 ? 0 : w / 3;
      float dy = y1 == y2 ? w / 3 : 0;
      segment(out, x1 - dx, y1 - dy, x2 - dx, y2 - dy, w / 3, null);
      segment(out, x1 + dx, y1 + dy, x2 + dx, y2 + dy, w / 3, null);
      return;
    }
    String dash = null;
    if (s.startsWith("dot") && !s.startsWith("dotDash") && !s.startsWith("dotDot")) {
      dash = "[" + fmt(w) + " " + fmt(w * 2) + "] 0 d\n";
    } else if (s.startsWith("dash") || s.contains("Dash") || s.startsWith("dotDot")) {
      dash = "[" + fmt(w * 3) + " " + fmt(w * 2) + "] 0 d\n";
    }
    segment(out, x1, y1, x2, y2, w, dash);
  }

  private static void segment(ContentWriter out, float x1, float y1, float x2, float y2, float width, String dash) {
    out.number(width).op("w");
    if (dash != null) {
      out.raw(dash);
    }
    out.number(x1).number(y1).op("m").number(x2).number(y2).op("l").op("S");
    if (dash != null) {
      out.raw("[] 0 d\n");
    }
  }

  private static String fmt(float v) {
    return Float.toString(Math.round(v * 100) / 100f);
  }

  /** Writes an ellipse path (four Bézier arcs) inscribed in a rectangle, y up. */
  static void ellipse(ContentWriter out, float x, float y, float w, float h) {
    float k = 0.5523f;
    float rx = w / 2;
    float ry = h / 2;
    float cx = x + rx;
    float cy = y + ry;
    out.number(cx + rx).number(cy).op("m");
    out.number(cx + rx).number(cy + ry * k).number(cx + rx * k).number(cy + ry).number(cx).number(cy + ry).op("c");
    out.number(cx - rx * k).number(cy + ry).number(cx - rx).number(cy + ry * k).number(cx - rx).number(cy).op("c");
    out.number(cx - rx).number(cy - ry * k).number(cx - rx * k).number(cy - ry).number(cx).number(cy - ry).op("c");
    out.number(cx + rx * k).number(cy - ry).number(cx + rx).number(cy - ry * k).number(cx + rx).number(cy).op("c");
  }
}
