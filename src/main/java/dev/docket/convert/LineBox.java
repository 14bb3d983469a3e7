package dev.docket.convert;

/**
 * The vertical box of one line of slide text, as LibreOffice Impress 7.4 lays it out for
 * PowerPoint documents: both its importers switch the text engine of shapes to font-independent
 * line spacing, so a line is 1.2 × its largest font size high with the baseline one font size
 * below its top, whatever the font's own ascent and descent ({@link #of}). Table cells keep the
 * fonts' ascent and descent ({@link #ofFont}). Line spacing then changes that box:
 *
 * <ul>
 *   <li>a proportion above 100 % adds the whole surplus above the baseline;
 *   <li>a proportion below 100 % shrinks the line and caps the ascent at 80 % of the new height;
 *   <li>a height in points sets the line height (pptx {@code spcPts}: at least that high; ppt:
 *       exactly that high), the difference going above the baseline.
 * </ul>
 *
 * <p>Source: LibreOffice 7.4 {@code editeng/source/editeng/impedit3.cxx} ({@code
 * ImpEditEngine::CreateLines}, {@code ImplCalculateFontIndependentLineSpacing}); the line
 * spacing values are ECMA-376 §21.1.2.2.5 ({@code a:lnSpc}) and [MS-PPT] TextPFException
 * {@code lineSpacing}. All lengths in points.
 *
 * @param ascent distance from the top of the line to its baseline
 * @param height distance from the top of this line to the top of the next
 */
record LineBox(double ascent, double height) {
  /** Line height of single spacing, as a multiple of the font size. */
  static final double SINGLE = 1.2;

  /**
   * @param fontSize the largest font size on the line, in points
   * @param spacing POI's line spacing: a percentage when positive, minus the height in points
   *     when negative, {@code null} for single spacing
   * @param exactPoints whether a height in points is exact (ppt) rather than a minimum (pptx)
   */
  static LineBox of(double fontSize, Double spacing, boolean exactPoints) {
    return spaced(fontSize, SINGLE * fontSize, spacing, exactPoints);
  }

  /**
   * A line whose single height is its fonts' ascent plus descent (table cells).
   *
   * @param ascent the largest ascent of the fonts on the line, in points
   * @param descent the largest descent, in points
   */
  static LineBox ofFont(double ascent, double descent, Double spacing, boolean exactPoints) {
    return spaced(ascent, ascent + descent, spacing, exactPoints);
  }

  private static LineBox spaced(double ascent, double height, Double spacing,
      boolean exactPoints) {
    if (spacing == null || spacing == 0) {
      return new LineBox(ascent, height);
    }
    if (spacing < 0) {
      double fixed = -spacing;
      if (fixed < height && !exactPoints) {
        return new LineBox(ascent, height);
      }
      return new LineBox(ascent + fixed - height, fixed);
    }
    double percent = Math.floor(spacing + 1e-6); // the engine keeps whole percents
    double scaled = height * percent / 100;
    if (percent < 100) {
      return new LineBox(Math.min(ascent, scaled * 0.8), scaled);
    }
    return new LineBox(ascent + scaled - height, scaled);
  }
}
