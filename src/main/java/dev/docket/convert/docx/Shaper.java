package dev.docket.convert.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.text.Bidi;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures text and, for scripts that need it (Arabic joining forms, Indic clusters), shapes it
 * into glyphs with Java's own text layout (HarfBuzz) on the very same font file, so the glyph ids
 * are those of the embedded font. Right-to-left text comes back in visual order. Plain text is
 * measured from the font's advance widths. One instance per conversion thread.
 */
final class Shaper {
  /**
   * Shaped glyphs of a text range in visual order: glyph ids, x positions from the start, total
   * width (points), the index of the first glyph of each bidi run (drawn as separate text so
   * that extracted text keeps numbers and Latin words in reading order), and for each glyph the
   * index in the range of the first character it shows.
   */
  record Shaped(int[] glyphs, float[] x, float width, int[] runs, int[] chars) {}

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private final Map<FontFace, Font> awtFonts = new HashMap<>();

  /** Width of a span's text range in points (horizontal scale and character spacing included). */
  float width(Span span, int start, int end) {
    if (end <= start) {
      return 0;
    }
    float w = span.complex ? shape(span, start, end).width()
        : span.face.width(span.text, start, end, span.size);
    return w * span.style.scale / 100f + span.style.spacing * (end - start);
  }

  /**
   * Shapes a range of a complex-script span. Falls back to one glyph per character from the cmap
   * when Java cannot load the font.
   */
  Shaped shape(Span span, int start, int end) {
    Font font = awtFont(span.face);
    if (font == null) {
      return unshaped(span, start, end);
    }
    char[] chars = span.text.substring(start, end).toCharArray();
    Font sized = font.deriveFont(span.size);
    if (!isRightToLeft(span.text, start, end)) {
      return run(sized, chars, new int[] {0}, new int[] {chars.length}, new boolean[] {false});
    }
    Bidi bidi = new Bidi(chars, 0, null, 0, chars.length, Bidi.DIRECTION_RIGHT_TO_LEFT);
    int count = bidi.getRunCount();
    Integer[] order = new Integer[count];
    byte[] levels = new byte[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
      levels[i] = (byte) bidi.getRunLevel(i);
    }
    Bidi.reorderVisually(levels, 0, order, 0, count);
    int[] starts = new int[count];
    int[] limits = new int[count];
    boolean[] rtl = new boolean[count];
    for (int v = 0; v < count; v++) {
      int r = order[v];
      starts[v] = bidi.getRunStart(r);
      limits[v] = bidi.getRunLimit(r);
      rtl[v] = (bidi.getRunLevel(r) & 1) == 1;
    }
    return run(sized, chars, starts, limits, rtl);
  }

  /** Shapes bidi runs given in visual order and lays them side by side. */
  private static Shaped run(Font font, char[] chars, int[] starts, int[] limits, boolean[] rtl) {
    int[][] glyphs = new int[starts.length][];
    float[][] xs = new float[starts.length][];
    int[][] charIndex = new int[starts.length][];
    float offset = 0;
    int total = 0;
    for (int r = 0; r < starts.length; r++) {
      GlyphVector gv = font.layoutGlyphVector(FRC, chars, starts[r], limits[r],
          rtl[r] ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
      int n = gv.getNumGlyphs();
      glyphs[r] = gv.getGlyphCodes(0, n, null);
      xs[r] = new float[n];
      charIndex[r] = new int[n];
      float dropped = 0;
      for (int i = 0; i < n; i++) {
        charIndex[r][i] = starts[r] + gv.getGlyphCharIndex(i);
        Point2D p = gv.getGlyphPosition(i);
        xs[r][i] = offset + (float) p.getX() - dropped;
        if (glyphs[r][i] == 0 && isMark(chars[starts[r] + gv.getGlyphCharIndex(i)])) {
          dropped += (float) (gv.getGlyphPosition(i + 1).getX() - p.getX());
        }
      }
      offset += (float) gv.getGlyphPosition(n).getX() - dropped;
      total += n;
    }
    int[] allGlyphs = new int[total];
    float[] allX = new float[total];
    int[] allChars = new int[total];
    int[] runs = new int[starts.length];
    int k = 0;
    for (int r = 0; r < starts.length; r++) {
      runs[r] = k;
      System.arraycopy(glyphs[r], 0, allGlyphs, k, glyphs[r].length);
      System.arraycopy(xs[r], 0, allX, k, xs[r].length);
      System.arraycopy(charIndex[r], 0, allChars, k, charIndex[r].length);
      k += glyphs[r].length;
    }
    return new Shaped(allGlyphs, allX, offset, runs, allChars);
  }

  /**
   * True for a combining mark: when the font has no glyph for it, its missing-glyph box takes no
   * room, as in LibreOffice, whose HarfBuzz layout gives marks no advance (the Quranic marks
   * U+06E1, U+06E5 that DejaVu Sans lacks draw as boxes over their letter, not beside it).
   */
  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static Shaped unshaped(Span span, int start, int end) {
    int[] glyphs = new int[end - start];
    float[] x = new float[end - start];
    int[] chars = new int[end - start];
    float pos = 0;
    for (int i = start; i < end; i++) {
      glyphs[i - start] = span.face.glyph(span.text.charAt(i));
      x[i - start] = pos;
      chars[i - start] = i - start;
      pos += Math.max(0, span.face.advance(span.text.charAt(i))) * span.size;
    }
    return new Shaped(glyphs, x, pos, new int[] {0}, chars);
  }

  static boolean isRightToLeft(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      byte d = Character.getDirectionality(text.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
    }
    return false;
  }

  private Font awtFont(FontFace face) {
    return awtFonts.computeIfAbsent(face, f -> {
      try {
        for (Font font : Font.createFonts(f.face.file().toFile())) {
          if (!f.face.collection() || font.getPSName().equals(f.face.psName())) {
            return font;
          }
        }
      } catch (IOException | FontFormatException | RuntimeException e) {
        return null;
      }
      return null;
    });
  }
}
