package dev.docket.convert.docx;

/**
 * Character formatting of a run after style inheritance (ECMA-376 Part 1 §17.3.2 run properties,
 * §17.7.2 style hierarchy). Sizes and spacing in points; colours as 0xRRGGBB, -1 for automatic or
 * none. Typefaces are the document's names with theme references already resolved; they are mapped
 * to installed fonts later ({@link FontBook}).
 *
 * <p>Instances are built by copying and applying property elements ({@link PropertyReader}) and are
 * not changed once a run has them.
 */
final class RunStyle {
  String ascii = "Times New Roman";
  String hAnsi = "Times New Roman";
  String eastAsia = "Times New Roman";
  String cs = "Times New Roman";
  /** {@code w:hint="eastAsia"}: shared characters use the East Asian font. */
  boolean eastAsiaHint;
  float size = 10;
  float sizeCs = 10;
  boolean bold;
  boolean italic;
  boolean boldCs;
  boolean italicCs;
  /** Underline type ({@code single}, {@code double}, ...), null for none. */
  String underline;
  boolean strike;
  boolean doubleStrike;
  int color = -1;
  int highlight = -1;
  int shading = -1;
  /** 0 baseline, 1 superscript, 2 subscript. */
  int vertAlign;
  boolean caps;
  boolean smallCaps;
  boolean hidden;
  /** Extra space after each character, points. */
  float spacing;
  /** Raise (positive) or lower the baseline, points. */
  float position;
  boolean rtl;
  /** {@code w:cs}: treat all characters as complex script. */
  boolean complexScript;
  /** Horizontal scale, percent. */
  int scale = 100;
  /** The text is part of a tracked change (a change bar marks its line). */
  boolean tracked;

  RunStyle copy() {
    RunStyle c = new RunStyle();
    c.ascii = ascii;
    c.hAnsi = hAnsi;
    c.eastAsia = eastAsia;
    c.cs = cs;
    c.eastAsiaHint = eastAsiaHint;
    c.size = size;
    c.sizeCs = sizeCs;
    c.bold = bold;
    c.italic = italic;
    c.boldCs = boldCs;
    c.italicCs = italicCs;
    c.underline = underline;
    c.strike = strike;
    c.doubleStrike = doubleStrike;
    c.color = color;
    c.highlight = highlight;
    c.shading = shading;
    c.vertAlign = vertAlign;
    c.caps = caps;
    c.smallCaps = smallCaps;
    c.hidden = hidden;
    c.spacing = spacing;
    c.position = position;
    c.rtl = rtl;
    c.complexScript = complexScript;
    c.scale = scale;
    c.tracked = tracked;
    return c;
  }

  /** True when text in both styles looks the same (all properties equal). */
  boolean sameLook(RunStyle o) {
    return o == this || o != null && java.util.Objects.equals(ascii, o.ascii) && java.util.Objects.equals(hAnsi, o.hAnsi)
        && java.util.Objects.equals(eastAsia, o.eastAsia) && java.util.Objects.equals(cs, o.cs)
        && eastAsiaHint == o.eastAsiaHint && size == o.size && sizeCs == o.sizeCs && bold == o.bold
        && italic == o.italic && boldCs == o.boldCs && italicCs == o.italicCs
        && java.util.Objects.equals(underline, o.underline) && strike == o.strike
        && doubleStrike == o.doubleStrike && color == o.color && highlight == o.highlight
        && shading == o.shading && vertAlign == o.vertAlign && caps == o.caps && smallCaps == o.smallCaps
        && hidden == o.hidden && spacing == o.spacing && position == o.position && rtl == o.rtl
        && complexScript == o.complexScript && scale == o.scale && tracked == o.tracked;
  }

  /** The background drawn behind the text: highlight wins over shading; -1 for none. */
  int background() {
    return highlight >= 0 ? highlight : shading;
  }

  /** Font size used for laying out: sub/superscript text is set smaller (about two thirds). */
  float effectiveSize(boolean complex) {
    float s = complex ? sizeCs : size;
    return vertAlign == 0 ? s : s * 0.58f;
  }
}
