package dev.docket.convert.docx;

/**
 * One border line (ECMA-376 Part 1 §17.3.4 / §17.4.66 border properties): width and distance from
 * the text in points, colour 0xRRGGBB (-1 automatic, drawn black). {@code double} borders are
 * drawn as two thin lines; {@code outset} and {@code inset} borders are twice Word's width.
 *
 * @param style the {@code w:val} line style ({@code single}, {@code double}, {@code dotted}, ...)
 * @param width line width, points
 * @param space distance from the text, points
 * @param color 0xRRGGBB or -1
 */
record Border(String style, float width, float space, int color) {
  /**
   * The border an element describes, or null for none ({@code nil}, {@code none}, absent).
   */
  static Border of(XmlNode element) {
    if (element == null) {
      return null;
    }
    String style = element.attr("val");
    if (style == null || style.equals("nil") || style.equals("none")) {
      return null;
    }
    float width = Units.eighths(element.attr("sz"), 0.5f);
    if (width < 0.25f) {
      width = 0.25f;
    }
    if (style.equals("double")) {
      width = Math.max(width, 1.5f);
    }
    if (style.equals("outset") || style.equals("inset")) {
      // two rules and a gap, twice Word's width, as LibreOffice imports 3-D borders (editeng
      // ConvertBorderWidthFromWord widens OUTSET/INSET to 2 x the Word width): bug59058's and
      // bib-chernigovka's references draw sz 6 (0.75 pt) 1.5 pt wide and lay rows out with that
      width *= 2;
    }
    return new Border(style, width, Units.integer(element.attr("space"), 0), Units.color(element.attr("color")));
  }

  /** Border elements that are present but say "none" clear an inherited border. */
  static boolean clears(XmlNode element) {
    return element != null && of(element) == null;
  }
}
