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
    if (smallGapPair(style)) {
      width += SMALL_GAP_THIN + SMALL_GAP;
    }
    return new Border(style, width, Units.integer(element.attr("space"), 0), Units.color(element.attr("color")));
  }

  /** Thin line and gap of a small-gap pair of lines, points (LibreOffice: 15 twips each). */
  private static final float SMALL_GAP_THIN = 0.75f;
  private static final float SMALL_GAP = 0.75f;

  private static boolean smallGapPair(String style) {
    return style.equals("thinThickSmallGap") || style.equals("thickThinSmallGap");
  }

  /**
   * The lines a border is drawn as, from its outer edge (away from the text) inwards: for each, the
   * distance of its centre from the outer edge and its width, points. A small-gap pair
   * ({@code thinThickSmallGap}, {@code thickThinSmallGap}) is a line of the border's {@code sz}, a
   * 0.75 pt gap and a 0.75 pt line, 1.5 pt wider in all than {@code sz}, the thick line outside for
   * thinThick and inside for thickThin, as LibreOffice converts Word's widths ({@code
   * ConvertBorderWidthFromWord}; bug57031's 3 pt footer border: a 3 pt rule above a 0.75 pt one).
   * Other styles are one line of the whole width, drawn in their style by {@link PdfStrokes}.
   */
  float[][] lines() {
    if (!smallGapPair(style)) {
      return new float[][] {{width / 2, width}};
    }
    float thick = width - SMALL_GAP_THIN - SMALL_GAP;
    if (style.equals("thinThickSmallGap")) {
      return new float[][] {{thick / 2, thick}, {thick + SMALL_GAP + SMALL_GAP_THIN / 2, SMALL_GAP_THIN}};
    }
    return new float[][] {{SMALL_GAP_THIN / 2, SMALL_GAP_THIN}, {SMALL_GAP_THIN + SMALL_GAP + thick / 2, thick}};
  }

  /** The style each of {@link #lines()} is stroked in. */
  String lineStyle() {
    return smallGapPair(style) ? "single" : style;
  }

  /** Border elements that are present but say "none" clear an inherited border. */
  static boolean clears(XmlNode element) {
    return element != null && of(element) == null;
  }
}
