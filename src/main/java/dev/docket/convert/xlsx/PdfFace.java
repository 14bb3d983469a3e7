package dev.docket.convert.xlsx;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font face of one PDF: the {@link PDType0Font} (embedded as a subset when the PDF is
 * saved) and the metrics text layout needs, read from the TrueType tables: which characters it has,
 * advance widths, ascent and descent (hhea, or the typographic values when the font asks for them,
 * as LibreOffice does).
 */
final class PdfFace {
  private final PDType0Font font;
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final float unitsPerEm;
  private final float ascent;
  private final float descent;

  PdfFace(PDDocument doc, TrueTypeFont ttf) throws IOException {
    this.font = PDType0Font.load(doc, ttf, true);
    this.ttf = ttf;
    this.cmap = ttf.getUnicodeCmapLookup(false);
    this.unitsPerEm = ttf.getUnitsPerEm();
    HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    float asc = hhea.getAscender();
    float desc = -hhea.getDescender();
    if (os2 != null && (os2.getFsSelection() & 0x80) != 0 && os2.getTypoAscender() >= 0) {
      asc = os2.getTypoAscender();
      desc = -os2.getTypoDescender();
    } else if (asc <= 0 && desc <= 0 && os2 != null) {
      asc = os2.getWinAscent();
      desc = os2.getWinDescent();
    }
    this.ascent = asc / unitsPerEm;
    this.descent = desc / unitsPerEm;
  }

  PDType0Font font() {
    return font;
  }

  /** True when the face has a glyph for the code point. */
  boolean has(int codePoint) {
    return cmap != null && cmap.getGlyphId(codePoint) != 0;
  }

  /** Advance width of a code point in em (multiply by the font size for points). */
  float advance(int codePoint) throws IOException {
    int gid = cmap == null ? 0 : cmap.getGlyphId(codePoint);
    return ttf.getAdvanceWidth(gid) / unitsPerEm;
  }

  /** Advance width of a string this face fully covers, in em. */
  float advance(String text) throws IOException {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += advance(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Height above the baseline, in em. */
  float ascent() {
    return ascent;
  }

  /** Depth below the baseline (positive), in em. */
  float descent() {
    return descent;
  }
}
