package dev.docket.convert;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;

/**
 * Translates text set in a symbol font (Symbol, Wingdings) into the Unicode characters it shows,
 * so it can be drawn with an installed font. Symbol goes through PDFBox's Symbol encoding and the
 * Adobe glyph list; Wingdings through a short table of the characters Office uses as bullets
 * (in shapes DejaVu Sans has: Wingdings 0x77, a lozenge, becomes the black diamond U+25C6).
 * Characters may come as the raw code (0x20-0xFF) or in the private-use range (0xF020-0xF0FF).
 */
final class SymbolChars {
  /** Wingdings code to Unicode, for the usual bullet shapes. */
  private static final Map<Integer, Integer> WINGDINGS = Map.ofEntries(
      Map.entry(0x4A, 0x263A), Map.entry(0x6C, 0x25CF), Map.entry(0x6E, 0x25A0),
      Map.entry(0x6F, 0x25A1), Map.entry(0x71, 0x2751), Map.entry(0x75, 0x25C6),
      Map.entry(0x76, 0x2756), Map.entry(0x77, 0x25C6), Map.entry(0x9F, 0x2022),
      Map.entry(0xA1, 0x25CB), Map.entry(0xA7, 0x25AA), Map.entry(0xA8, 0x25FB),
      Map.entry(0xD8, 0x27A2), Map.entry(0xE8, 0x2794), Map.entry(0xF0, 0x21E8),
      Map.entry(0xFB, 0x2718), Map.entry(0xFC, 0x2714), Map.entry(0xFE, 0x2611));

  private SymbolChars() {}

  /**
   * @param typeface the font the text is set in
   * @param text the characters
   * @return the Unicode text, or empty when the font is not Symbol/Wingdings or a character is
   *     not known
   */
  static Optional<String> toUnicode(String typeface, String text) {
    if (typeface == null || text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String face = typeface.trim().toLowerCase(Locale.ROOT);
    if (!face.equals("symbol") && !face.equals("wingdings")) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int code = text.charAt(i);
      if (code >= 0xF000 && code <= 0xF0FF) {
        code -= 0xF000;
      }
      Integer mapped = face.equals("symbol") ? symbol(code) : WINGDINGS.get(code);
      if (mapped == null) {
        return Optional.empty();
      }
      out.appendCodePoint(mapped);
    }
    return Optional.of(out.toString());
  }

  private static Integer symbol(int code) {
    String name = SymbolEncoding.INSTANCE.getName(code);
    if (name == null || ".notdef".equals(name)) {
      return null;
    }
    String unicode = GlyphList.getAdobeGlyphList().toUnicode(name);
    return unicode == null || unicode.isEmpty() ? null : unicode.codePointAt(0);
  }
}
