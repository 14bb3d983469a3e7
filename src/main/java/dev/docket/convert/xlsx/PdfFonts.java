package dev.docket.convert.xlsx;

import dev.docket.convert.FontFiles;
import dev.docket.convert.Fonts;
import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fonts of one PDF: an Office typeface (plus bold/italic) becomes the installed
 * metric-compatible face ({@link Fonts#map}, {@link FontFiles}), loaded once per document. Text is
 * split into runs of one face each: characters the face lacks fall back to DejaVu Sans, then
 * WenQuanYi Micro Hei (CJK); characters no face has are dropped.
 */
final class PdfFonts {
  /** A piece of text in one face. */
  record Run(PdfFace face, String text) {}

  /**
   * Old Windows names Docket's shared table maps to a metric twin but LibreOffice does not: it
   * falls back to DejaVu Sans for them, and since column widths count digits of the default font,
   * matching its choice matters more here than the nicer face.
   */
  private static final java.util.Set<String> LIBREOFFICE_FALLS_BACK = java.util.Set.of("tms rmn");

  /** Typeface key ("carlito|b|i") to its file, shared by all threads (AWT lookups are slow). */
  private static final Map<String, Optional<FontFiles.Face>> FILES = new ConcurrentHashMap<>();

  private final PDDocument doc;
  private final Map<FontFiles.Face, PdfFace> loaded = new HashMap<>();
  private final Map<String, PdfFace> byKey = new HashMap<>();

  PdfFonts(PDDocument doc) {
    this.doc = doc;
  }

  /**
   * @param typeface the face a document names, e.g. "Calibri"
   * @return the face to draw with (DejaVu Sans when nothing better is installed)
   * @throws IOException when no font at all can be loaded
   */
  PdfFace face(String typeface, boolean bold, boolean italic) throws IOException {
    String key = (typeface == null ? "" : typeface) + (bold ? "|b" : "|") + (italic ? "i" : "");
    PdfFace face = byKey.get(key);
    if (face == null) {
      String family = typeface == null || typeface.isBlank()
          || LIBREOFFICE_FALLS_BACK.contains(typeface.trim().toLowerCase(Locale.ROOT))
          ? Fonts.SANS : Fonts.map(typeface);
      Optional<FontFiles.Face> file = file(family, bold, italic);
      if (file.isEmpty()) {
        file = file(Fonts.SANS, bold, italic);
      }
      if (file.isEmpty()) {
        throw new IOException("no font file for " + family + " nor " + Fonts.SANS);
      }
      face = load(file.get());
      byKey.put(key, face);
    }
    return face;
  }

  private PdfFace load(FontFiles.Face file) throws IOException {
    PdfFace face = loaded.get(file);
    if (face == null) {
      face = new PdfFace(doc, FontFiles.trueType(file));
      loaded.put(file, face);
    }
    return face;
  }

  private static Optional<FontFiles.Face> file(String family, boolean bold, boolean italic) {
    String key = family.toLowerCase(Locale.ROOT) + (bold ? "|b" : "|") + (italic ? "i" : "");
    return FILES.computeIfAbsent(key, k -> {
      int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
      Font font = new Font(family, style, 10);
      if (!font.getFamily(Locale.ROOT).equalsIgnoreCase(family)) {
        return Optional.empty(); // AWT substituted a logical font: not installed
      }
      return FontFiles.lookup(font);
    });
  }

  /**
   * Splits text into runs the given face (or a fallback) can show. Control characters become
   * spaces; characters no face has are dropped.
   */
  List<Run> runs(String text, PdfFace primary, boolean bold, boolean italic) throws IOException {
    List<Run> runs = new ArrayList<>(1);
    StringBuilder current = new StringBuilder();
    PdfFace currentFace = primary;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        cp = ' ';
      }
      PdfFace face = primary.has(cp) ? primary : fallback(cp, bold, italic);
      if (face == null) {
        continue;
      }
      if (face != currentFace && current.length() > 0) {
        runs.add(new Run(currentFace, current.toString()));
        current.setLength(0);
      }
      currentFace = face;
      current.appendCodePoint(cp);
    }
    if (current.length() > 0) {
      runs.add(new Run(currentFace, current.toString()));
    }
    return runs;
  }

  private PdfFace fallback(int cp, boolean bold, boolean italic) throws IOException {
    for (String family : new String[] {Fonts.SANS, Fonts.CJK}) {
      PdfFace face = face(family, bold, italic);
      if (face.has(cp)) {
        return face;
      }
    }
    PdfFace plain = face(Fonts.SANS, false, false);
    return plain.has(cp) ? plain : null;
  }

  /** Width in points of text drawn at the given size, falling back per character like runs(). */
  float width(String text, PdfFace primary, boolean bold, boolean italic, float size)
      throws IOException {
    float width = 0;
    for (Run run : runs(text, primary, bold, italic)) {
      width += run.face().advance(run.text());
    }
    return width * size;
  }
}
