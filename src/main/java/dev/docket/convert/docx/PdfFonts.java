package dev.docket.convert.docx;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: each {@link FontFace} embedded once as a Type 0 (CID) font with Identity-H
 * encoding, subset on save (glyph ids in content streams are the font's own; PDFBox maps them in
 * the subset). Characters drawn are registered for the subset and its ToUnicode map, so text can
 * be extracted; shaped glyphs are registered by id.
 */
final class PdfFonts {
  private final PDDocument document;
  private final PDResources resources;
  private final Map<FontFace, Embedded> embedded = new HashMap<>();

  /** One embedded face: its resource name and what it must keep when subset. */
  static final class Embedded {
    final PDType0Font font;
    final COSName name;
    private final BitSet codePoints = new BitSet();
    private final Set<Integer> glyphs = new HashSet<>();

    Embedded(PDType0Font font, COSName name) {
      this.font = font;
      this.name = name;
    }

    void useCodePoint(int cp) {
      if (!codePoints.get(cp)) {
        codePoints.set(cp);
        font.addToSubset(cp);
      }
    }

    void useGlyph(int gid) {
      glyphs.add(gid);
    }
  }

  PdfFonts(PDDocument document, PDResources resources) {
    this.document = document;
    this.resources = resources;
  }

  Embedded get(FontFace face) throws IOException {
    Embedded e = embedded.get(face);
    if (e == null) {
      PDType0Font font = PDType0Font.load(document, face.ttf, true);
      e = new Embedded(font, resources.add(font));
      embedded.put(face, e);
    }
    return e;
  }

  /**
   * Subsets and embeds every font; call once before saving. (PDFBox only subsets on save the fonts
   * its own content-stream writer has seen; this class writes content itself.)
   */
  void finish() throws IOException {
    for (Embedded e : embedded.values()) {
      if (!e.glyphs.isEmpty()) {
        e.font.addGlyphsToSubset(e.glyphs);
      }
      e.font.subset();
    }
  }
}
