package dev.docket.convert.docx;

import java.util.Map;

/**
 * A VML horizontal rule ({@code v:rect} with {@code o:hr="t"}, as Word writes an HTML
 * {@code <hr>}; Office VML extensions {@code o:hrpct}, {@code o:hralign}): a filled bar across a
 * share of the paragraph's width, drawn from the top of the paragraph. LibreOffice lays it out so,
 * and gives the paragraph holding only the rule one line of the paragraph's own font (measured on
 * bug57031 pages 10 and 12: a 468 x 2.25 pt grey bar at the paragraph top, then 14.65 pt to the next
 * block, Carlito 12 of the paragraph style rather than the run's Arial 10).
 *
 * @param percent share of the paragraph's width, percent (from {@code o:hrpct} in tenths of a
 *     percent; 100 when absent or 0 and no width is given)
 * @param width fixed width in points when {@code o:hrpct} is absent and the style gives one, else 0
 * @param height points (the style's {@code height}, 1.5 pt when absent)
 * @param align {@code left}, {@code center} or {@code right} ({@code o:hralign}, left when absent)
 * @param color fill colour 0xRRGGBB
 */
record HorizontalRule(float percent, float width, float height, String align, int color) {
  /** Word's colour for a rule without a {@code fillcolor}: #A0A0A0. */
  private static final int DEFAULT_COLOR = 0xA0A0A0;

  /** The rule a VML shape describes, given its parsed {@code style} and fill colour (-1 if none). */
  static HorizontalRule of(XmlNode shape, Map<String, String> css, int fill) {
    float pct = Units.integer(shape.attr("o:hrpct"), 0) / 10f;
    float width = Units.css(css.get("width"), 0);
    if (pct <= 0 && width <= 0) {
      pct = 100;
    }
    float height = Units.css(css.get("height"), 1.5f);
    String align = shape.attr("o:hralign");
    return new HorizontalRule(pct, pct > 0 ? 0 : width, height, align == null ? "left" : align,
        fill >= 0 ? fill : DEFAULT_COLOR);
  }

  /**
   * The rule as an object anchored at the top of its paragraph, text running over it.
   *
   * @param available the paragraph's width between its indents, points
   */
  Floating floating(float available) {
    float w = percent > 0 ? available * percent / 100f : Math.min(width, available);
    return new Floating(null, null, w, height, "column", 0, align, "paragraph", 0, null, "none", color, -1,
        Floating.Outline.RECT);
  }
}
