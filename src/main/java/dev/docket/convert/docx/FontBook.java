package dev.docket.convert.docx;

import dev.docket.convert.FontFiles;
import dev.docket.convert.Fonts;
import dev.docket.convert.SymbolChars;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the installed face for a typeface a document names: the name is mapped to its installed
 * metric-compatible twin ({@link Fonts#map}; other missing faces become DejaVu Sans, as in
 * LibreOffice Writer), AWT picks the face for the wanted style, and
 * {@link FontFiles} gives its file. Characters a face lacks fall back to DejaVu Sans, then
 * WenQuanYi Micro Hei (CJK), as fontconfig would. One instance per conversion; faces (with their
 * width caches) are kept per thread across conversions.
 */
final class FontBook {
  private static final ThreadLocal<Map<String, FontFace>> FACES = ThreadLocal.withInitial(HashMap::new);
  private static final List<String> FALLBACKS = List.of(Fonts.SANS, Fonts.CJK, "DejaVu Serif");

  private final Map<String, FontFace> byRequest = new HashMap<>();

  /**
   * @param typeface the document's typeface name (null for the default)
   * @return the face to lay out and draw with; never null
   */
  FontFace face(String typeface, boolean bold, boolean italic) {
    String key = typeface + (bold ? "|b" : "|") + (italic ? "i" : "");
    FontFace found = byRequest.get(key);
    if (found == null) {
      found = resolve(typeface, bold, italic);
      byRequest.put(key, found);
    }
    return found;
  }

  /**
   * A face with a glyph for a character the given face lacks, or null when no fallback has one.
   */
  FontFace fallback(FontFace missing, int codePoint) {
    boolean bold = missing.fakeBold || isBold(missing);
    boolean italic = missing.fakeItalic || isItalic(missing);
    for (String family : FALLBACKS) {
      if (family.equals(Fonts.CJK) && !TextSpanner.isEastAsian(codePoint)) {
        continue;
      }
      FontFace candidate = face(family, bold, italic);
      if (candidate.has(codePoint)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isBold(FontFace f) {
    String name = f.face.psName().toLowerCase(java.util.Locale.ROOT);
    return name.contains("bold");
  }

  private static boolean isItalic(FontFace f) {
    String name = f.face.psName().toLowerCase(java.util.Locale.ROOT);
    return name.contains("italic") || name.contains("oblique");
  }

  private static FontFace resolve(String typeface, boolean bold, boolean italic) {
    String family = typeface == null || typeface.isBlank() ? "Times New Roman" : typeface;
    String mapped = SymbolChars.isSymbolFont(family) ? Fonts.SANS : Fonts.map(family);
    if (mapped == null || mapped.startsWith("+") || isGuess(family, mapped)) {
      mapped = Fonts.SANS;
    }
    int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
    Optional<FontFiles.Face> file = FontFiles.lookup(new Font(mapped, style, 10));
    if (file.isEmpty()) {
      file = FontFiles.lookup(new Font(Fonts.SANS, style, 10));
    }
    if (file.isEmpty()) {
      throw new IllegalStateException("no embeddable font installed for " + family + " (not even "
          + Fonts.SANS + ")");
    }
    return load(file.get(), bold, italic);
  }

  /**
   * True when {@link Fonts#map} guessed a DejaVu serif or monospace face for a typeface that is not
   * installed: LibreOffice's Writer (fontconfig's default) sets such text in DejaVu Sans.
   */
  private static boolean isGuess(String family, String mapped) {
    return (mapped.equals("DejaVu Serif") || mapped.equals("DejaVu Sans Mono"))
        && !mapped.equalsIgnoreCase(family.trim());
  }

  private static FontFace load(FontFiles.Face file, boolean bold, boolean italic) {
    String key = file.file() + "#" + file.psName() + (bold ? "|b" : "|") + (italic ? "i" : "");
    Map<String, FontFace> cache = FACES.get();
    FontFace face = cache.get(key);
    if (face == null) {
      try {
        face = new FontFace(file, FontFiles.trueType(file), bold, italic);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font " + file.file(), e);
      }
      cache.put(key, face);
    }
    return face;
  }
}
