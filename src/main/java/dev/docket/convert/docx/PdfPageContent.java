package dev.docket.convert.docx;

/**
 * The content stream of one PDF page being painted: text, shaped glyphs, fills, rules, ellipses
 * and XObjects, in page coordinates with the origin top-left (converted to PDF's bottom-left
 * here). Keeps the colour and text state so operators are only written when they change.
 */
final class PdfPageContent {
  private final ContentWriter out = new ContentWriter();
  private final float pageHeight;
  private int fillColor = Integer.MIN_VALUE;
  private int strokeColor = Integer.MIN_VALUE;
  private float charSpace;
  private int hScale = 100;
  private int renderMode;

  PdfPageContent(float pageHeight) {
    this.pageHeight = pageHeight;
  }

  byte[] bytes() {
    return out.bytes();
  }

  /** Text as glyph ids of the font; every U+0020 widened by {@code wordSpacing}. */
  void text(PdfFonts.Embedded font, FontFace face, float size, int color, float x, float baseline,
      String text, float wordSpacing, float charSpacing, int scale) {
    begin(font, face, size, color, x, baseline, charSpacing, scale);
    boolean spaced = wordSpacing != 0;
    out.raw(spaced ? "[<" : "<");
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int gid = face.glyph(cp);
      if (gid == 0) {
        continue;
      }
      font.useCodePoint(cp);
      out.glyph(gid);
      if (spaced && cp == ' ') {
        out.raw("> ").number(-wordSpacing * 1000 / size * 100 / scale).raw("<");
      }
    }
    out.raw(spaced ? ">] TJ\n" : "> Tj\n");
    out.op("ET");
  }

  /** Shaped glyphs, one text object per bidi run, positioned as shaped. */
  void glyphs(PdfFonts.Embedded font, FontFace face, float size, int color, float x, float baseline,
      Shaper.Shaped shaped, float wordSpacing, int scale) {
    int space = face.glyph(' ');
    int[] runs = shaped.runs();
    float extra = 0;
    for (int r = 0; r < runs.length; r++) {
      int from = runs[r];
      int to = r + 1 < runs.length ? runs[r + 1] : shaped.glyphs().length;
      if (from >= to) {
        continue;
      }
      begin(font, face, size, color, x + (shaped.x()[from] + extra) * scale / 100f, baseline, 0, scale);
      out.raw("[<");
      float expected = shaped.x()[from] + extra;
      for (int i = from; i < to; i++) {
        int gid = shaped.glyphs()[i];
        float adjust = shaped.x()[i] + extra - expected;
        if (Math.abs(adjust) > 0.01f) {
          out.raw("> ").number(-adjust * 1000 / size).raw("<");
        }
        font.useGlyph(gid);
        out.glyph(gid);
        expected = shaped.x()[i] + extra + face.glyphAdvance(gid) * size;
        if (gid == space && space != 0 && advance(shaped, i) > 0) {
          extra += wordSpacing;
        }
      }
      out.raw(">] TJ\n");
      out.op("ET");
    }
  }

  /**
   * The room a shaped glyph takes, points: Java's layout gives zero-width joiners and non-joiners
   * (U+200C, U+200D, common in Persian) the space glyph with no advance, and only real blanks are
   * widened by justification ({@link Justifier} counts the text's spaces).
   */
  private static float advance(Shaper.Shaped shaped, int i) {
    float next = i + 1 < shaped.x().length ? shaped.x()[i + 1] : shaped.width();
    return Math.abs(next - shaped.x()[i]);
  }

  private void begin(PdfFonts.Embedded font, FontFace face, float size, int color, float x, float baseline,
      float charSpacing, int scale) {
    fillColor(color);
    if (face.fakeBold) {
      strokeColor(color);
      out.number(size * 0.03f).op("w");
    }
    out.op("BT").name(font.name.getName()).number(size).op("Tf");
    int mode = face.fakeBold ? 2 : 0;
    if (mode != renderMode) {
      out.number(mode).op("Tr");
      renderMode = mode;
    }
    if (charSpacing != charSpace) {
      out.number(charSpacing).op("Tc");
      charSpace = charSpacing;
    }
    if (scale != hScale) {
      out.number(scale).op("Tz");
      hScale = scale;
    }
    out.number(1).number(0).number(face.fakeItalic ? 0.2f : 0).number(1).number(x)
        .number(pageHeight - baseline).op("Tm");
  }

  void fill(float x, float y, float width, float height, int color) {
    fillColor(color);
    out.number(x).number(pageHeight - y - height).number(width).number(height).op("re").op("f");
  }

  void line(float x1, float y1, float x2, float y2, float width, int color, String style) {
    if ("outset".equals(style) || "inset".equals(style)) {
      relief(x1, y1, x2, y2, width, color);
      return;
    }
    strokeColor(color);
    PdfStrokes.line(out, x1, pageHeight - y1, x2, pageHeight - y2, width, style);
  }

  /**
   * The 3-D styles {@code outset} and {@code inset} as LibreOffice draws them: an upper (or left)
   * rule half the border's width in a darker shade of the colour, a gap and a lower rule a quarter
   * of it each (editeng's OUTSET split: a fixed outer line, the rest shared by gap and inner line;
   * bug59058's reference draws a 1.5 pt border as 0.75 pt, 0.375 pt apart from a 0.375 pt rule).
   */
  private void relief(float x1, float y1, float x2, float y2, float width, int color) {
    float outer = width / 2;
    float inner = width / 4;
    // centre offsets from the border's centre line: the outer rule's -width/4, the inner's +3/8
    float o = width / 4;
    float i = 3 * width / 8;
    boolean across = y1 == y2;
    int rgb = Math.max(0, color);
    strokeColor((rgb >> 1) & 0x7F7F7F);
    PdfStrokes.line(out, x1 - (across ? 0 : o), pageHeight - y1 + (across ? o : 0),
        x2 - (across ? 0 : o), pageHeight - y2 + (across ? o : 0), outer, "single");
    strokeColor(rgb);
    PdfStrokes.line(out, x1 + (across ? 0 : i), pageHeight - y1 - (across ? i : 0),
        x2 + (across ? 0 : i), pageHeight - y2 - (across ? i : 0), inner, "single");
  }

  void ellipse(float x, float y, float width, float height, int fill, int stroke, float lineWidth) {
    if (fill >= 0) {
      fillColor(fill);
    }
    if (stroke >= 0) {
      strokeColor(stroke);
      out.number(lineWidth).op("w");
    }
    PdfStrokes.ellipse(out, x, pageHeight - y - height, width, height);
    out.op(fill >= 0 && stroke >= 0 ? "B" : fill >= 0 ? "f" : "S");
  }

  /** Draws a form XObject whose bounding box starts at (0, 0) at its own size, top-left at (x, y). */
  void form(String name, float x, float y, float height) {
    out.op("q").number(1).number(0).number(0).number(1).number(x).number(pageHeight - y - height).op("cm");
    out.name(name).op("Do").op("Q");
  }

  /**
   * Draws an XObject scaled into a rectangle; {@code box} is a form's bounding box (x, y, width,
   * height), null for an image (a unit square).
   */
  void xObject(String name, float[] box, float x, float y, float width, float height) {
    out.op("q").number(width).number(0).number(0).number(height).number(x)
        .number(pageHeight - y - height).op("cm");
    if (box != null && box[2] > 0 && box[3] > 0) {
      out.number(1 / box[2]).number(0).number(0).number(1 / box[3]).number(-box[0] / box[2])
          .number(-box[1] / box[3]).op("cm");
    }
    out.name(name).op("Do").op("Q");
  }

  private void fillColor(int color) {
    int c = Math.max(0, color);
    if (c != fillColor) {
      out.color(c, false);
      fillColor = c;
    }
  }

  private void strokeColor(int color) {
    int c = Math.max(0, color);
    if (c != strokeColor) {
      out.color(c, true);
      strokeColor = c;
    }
  }
}
