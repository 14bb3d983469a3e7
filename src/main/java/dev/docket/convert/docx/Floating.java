package dev.docket.convert.docx;

/**
 * An object anchored to a paragraph rather than set in a line (ECMA-376 Part 1 §20.4.2.3
 * {@code wp:anchor}; VML shapes with {@code position:absolute}): a picture or a text box, its size
 * and where it goes. Offsets in points from the edge named by the relative-to value; an alignment
 * ({@code left}, {@code center}, {@code right}, {@code top}, {@code bottom}), when given, wins.
 *
 * @param picture the picture, or null
 * @param textBox the text box content, or null
 * @param width points
 * @param height points
 * @param hRelative {@code page}, {@code margin}, {@code column}, {@code character}, ...
 * @param hOffset points
 * @param hAlign alignment or null
 * @param vRelative {@code page}, {@code margin}, {@code paragraph}, {@code line}, ...
 * @param vOffset points
 * @param vAlign alignment or null
 * @param wrap {@code none}, {@code square}, {@code tight}, {@code through}, {@code topAndBottom}
 * @param fill background colour of a shape, or -1
 * @param line outline colour of a shape, or -1
 * @param outline the shape's outline: geometry ({@code rect}, {@code ellipse}, {@code line}), width
 *     and style
 */
record Floating(Picture picture, Story textBox, float width, float height, String hRelative,
    float hOffset, String hAlign, String vRelative, float vOffset, String vAlign, String wrap,
    int fill, int line, Outline outline) {

  /**
   * How a shape is drawn around its box.
   *
   * @param geometry {@code rect}, {@code ellipse} or {@code line} (from the top-left corner to the
   *     bottom-right one, or mirrored when {@code flipped})
   * @param width line width, points
   * @param style a border style ({@code single}, {@code double}, {@code dashed})
   * @param flipped a line goes from bottom-left to top-right
   * @param insets distance of a text box's text from its edges: left, top, right, bottom, points
   * @param anchor vertical place of the text in a text box: {@code t}, {@code ctr} or {@code b}
   * @param preset a preset geometry drawn instead of {@code geometry}'s rectangle, or null
   * @param gradient a gradient painted instead of the solid fill, or null
   */
  record Outline(String geometry, float width, String style, boolean flipped, float[] insets, String anchor,
      PresetShape preset, Gradient gradient) {
    /** Default text-box insets (ECMA-376 Part 1 §21.1.2.1.1 bodyPr: 0.1 in and 0.05 in). */
    static final float[] DEFAULT_INSETS = {7.2f, 3.6f, 7.2f, 3.6f};
    static final Outline RECT = new Outline("rect", 0.75f, "single", false, DEFAULT_INSETS, "t");
    /** A text frame ({@code w:framePr}): no outline of its own, no insets. */
    static final Outline FRAME = new Outline("rect", 0, "single", false, new float[4], "t");

    /** An outline with {@code geometry}'s own shape and a solid fill. */
    Outline(String geometry, float width, String style, boolean flipped, float[] insets, String anchor) {
      this(geometry, width, style, flipped, insets, anchor, null, null);
    }
  }

  /**
   * A linear gradient running down the shape's box, from the {@code top} colour to the {@code
   * bottom} one (0xRRGGBB).
   */
  record Gradient(int top, int bottom) {}
}
