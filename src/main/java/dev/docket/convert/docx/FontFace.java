package dev.docket.convert.docx;

import dev.docket.convert.FontFiles;
import java.io.IOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One installed TrueType face with the metrics layout needs: advance widths per character, ascent
 * and descent, underline position; all in em units (multiply by the font size in points). Widths
 * come from the font's {@code hmtx} table through its Unicode cmap and are cached per character.
 * A face asked for in bold or italic that has no such style is flagged for synthetic emboldening
 * or slanting when drawn.
 *
 * <p>Bound to the thread that created it, like the {@link TrueTypeFont} it reads ({@link FontFiles}).
 */
final class FontFace {
  private static final float UNKNOWN = Float.NaN;
  private static final float MISSING = -1;

  final FontFiles.Face face;
  final TrueTypeFont ttf;
  final boolean fakeBold;
  final boolean fakeItalic;
  /** Distance above the baseline, em. */
  final float ascent;
  /** Distance below the baseline (positive), em. */
  final float descent;
  /** Extra space between lines the font asks for (external leading), em. */
  final float lineGap;
  /**
   * The part of {@link #lineGap} beyond the OS/2 Windows line height ({@code hhea} ascender +
   * descender + line gap − usWinAscent − usWinDescent, at least 0), em: LibreOffice leaves it out
   * of the first line of some paragraphs in table cells ({@link LineBox#dropCellGap}).
   */
  final float cellGap;
  /** Underline offset below the baseline (positive), em. */
  final float underlinePosition;
  final float underlineThickness;
  private final CmapLookup cmap;
  private final float unitsPerEm;
  private final float[][] widthPages = new float[0x1100][];

  FontFace(FontFiles.Face face, TrueTypeFont ttf, boolean wantBold, boolean wantItalic) throws IOException {
    this.face = face;
    this.ttf = ttf;
    this.unitsPerEm = ttf.getUnitsPerEm();
    int macStyle = ttf.getHeader().getMacStyle();
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    boolean bold = (macStyle & 1) != 0 || os2 != null && os2.getWeightClass() >= 600;
    boolean italic = (macStyle & 2) != 0 || os2 != null && (os2.getFsSelection() & 1) != 0;
    this.fakeBold = wantBold && !bold;
    this.fakeItalic = wantItalic && !italic;
    float[] vertical = verticalMetrics(ttf.getHorizontalHeader(), os2);
    float asc = vertical[0];
    float desc = vertical[1];
    this.lineGap = Math.max(0, vertical[2]) / unitsPerEm;
    if (asc + desc <= 0) {
      asc = unitsPerEm * 0.9f;
      desc = unitsPerEm * 0.25f;
    }
    this.cellGap = Math.min(lineGap, windowsExcess(ttf.getHorizontalHeader(), os2) / unitsPerEm);
    this.ascent = asc / unitsPerEm;
    this.descent = desc / unitsPerEm;
    PostScriptTable post = ttf.getPostScript();
    float ulPos = post == null ? 0 : -post.getUnderlinePosition() / unitsPerEm;
    float ulThick = post == null ? 0 : post.getUnderlineThickness() / unitsPerEm;
    this.underlinePosition = ulPos > 0 ? ulPos : 0.1f;
    this.underlineThickness = ulThick > 0 ? ulThick : 0.05f;
    this.cmap = ttf.getUnicodeCmapLookup(false);
  }

  /**
   * Ascent and descent in font units, chosen as LibreOffice does (vcl FontMetricData): the
   * {@code hhea} values, the OS/2 Windows values when {@code hhea} has none, the OS/2 typographic
   * values when the font sets USE_TYPO_METRICS (fsSelection bit 7); with the matching line gap,
   * which Writer adds below each line.
   */
  private static float[] verticalMetrics(HorizontalHeaderTable hhea, OS2WindowsMetricsTable os2) {
    float asc = hhea == null ? 0 : hhea.getAscender();
    float desc = hhea == null ? 0 : -hhea.getDescender();
    float gap = hhea == null ? 0 : hhea.getLineGap();
    if (os2 != null) {
      if (asc == 0 && desc == 0) {
        asc = os2.getWinAscent();
        desc = os2.getWinDescent();
        gap = 0;
      }
      if ((os2.getFsSelection() & (1 << 7)) != 0 && os2.getTypoAscender() - os2.getTypoDescender() > 0) {
        asc = os2.getTypoAscender();
        desc = -os2.getTypoDescender();
        gap = os2.getTypoLineGap();
      }
    }
    return new float[] {asc, desc, gap};
  }

  private static float windowsExcess(HorizontalHeaderTable hhea, OS2WindowsMetricsTable os2) {
    if (hhea == null || os2 == null || os2.getWinAscent() + os2.getWinDescent() <= 0) {
      return 0;
    }
    int total = hhea.getAscender() - hhea.getDescender() + hhea.getLineGap();
    return Math.max(0, total - os2.getWinAscent() - os2.getWinDescent());
  }

  /** The glyph id for a character, 0 when the face has none. */
  int glyph(int codePoint) {
    return cmap == null ? 0 : cmap.getGlyphId(codePoint);
  }

  /** True when the face has a glyph for the character. */
  boolean has(int codePoint) {
    return advance(codePoint) >= 0;
  }

  /** Advance width of a character in em, or -1 when the face has no glyph for it. */
  float advance(int codePoint) {
    if (codePoint < 0 || codePoint > 0x10FFFF) {
      return MISSING;
    }
    float[] page = widthPages[codePoint >> 8];
    if (page == null) {
      page = new float[256];
      Arrays.fill(page, UNKNOWN);
      widthPages[codePoint >> 8] = page;
    }
    float w = page[codePoint & 0xFF];
    if (Float.isNaN(w)) {
      int gid = glyph(codePoint);
      w = gid == 0 ? MISSING : glyphAdvance(gid);
      page[codePoint & 0xFF] = w;
    }
    return w;
  }

  /** Advance width of a glyph in em. */
  float glyphAdvance(int gid) {
    try {
      return ttf.getAdvanceWidth(gid) / unitsPerEm;
    } catch (IOException e) {
      return 0.5f;
    }
  }

  /** Width of a string in points at the given size; characters without a glyph count as 0. */
  float width(CharSequence text, int start, int end, float size) {
    float pixels = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      float a = advance(cp);
      if (a > 0) {
        pixels += Math.round(a * size * REFERENCE_PIXELS_PER_POINT);
      }
      i += Character.charCount(cp);
    }
    return pixels / REFERENCE_PIXELS_PER_POINT;
  }

  /**
   * Pixels per point of the device LibreOffice measures Word documents' text on (its reference
   * device in MSO1 mode: 6 x 1440 dpi). Each glyph's advance is a whole number of its pixels, so a
   * text is measured a little wider or narrower than its exact advances: stress003's first line
   * "решение ... в" is 9000 twips exactly but 9001.7 on that device, more than the line's 9001, and
   * LibreOffice puts "в" on the next line.
   */
  private static final float REFERENCE_PIXELS_PER_POINT = 6 * 1440 / 72f;

  /** Height of a line of this face at a size: ascent plus descent, points. */
  float lineHeight(float size) {
    return (ascent + descent) * size;
  }

  @Override
  public String toString() {
    return face.psName() + (fakeBold ? "+bold" : "") + (fakeItalic ? "+italic" : "");
  }
}
