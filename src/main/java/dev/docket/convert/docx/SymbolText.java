package dev.docket.convert.docx;

import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;

/**
 * Text set in a symbol font (Symbol, Wingdings; ECMA-376 Part 1 §17.3.3.30 {@code w:sym}) as the
 * Unicode characters it shows, so an installed font can draw it. Codes come raw (0x20-0xFF) or in
 * the private-use range (0xF020-0xF0FF). Symbol goes through PDFBox's Symbol encoding and the Adobe
 * glyph list; Wingdings through a table of the shapes Word uses as bullets. Unknown codes become a
 * bullet, which is what they almost always are.
 */
final class SymbolText {
  private static final Map<Integer, Integer> WINGDINGS = Map.ofEntries(
      Map.entry(0x4A, 0x263A), Map.entry(0x6C, 0x25CF), Map.entry(0x6D, 0x274D),
      Map.entry(0x6E, 0x25A0), Map.entry(0x6F, 0x25A1), Map.entry(0x70, 0x25FB),
      Map.entry(0x71, 0x2751), Map.entry(0x72, 0x2752), Map.entry(0x73, 0x2B27),
      Map.entry(0x74, 0x29EB), Map.entry(0x75, 0x25C6), Map.entry(0x76, 0x2756),
      Map.entry(0x77, 0x2B25), Map.entry(0x9F, 0x2022), Map.entry(0xA1, 0x25CB),
      Map.entry(0xA7, 0x25AA), Map.entry(0xA8, 0x25FB), Map.entry(0xD8, 0x27A2),
      Map.entry(0xDF, 0x2B05), Map.entry(0xE0, 0x2B95), Map.entry(0xE8, 0x2794),
      Map.entry(0xF0, 0x21E8), Map.entry(0xFB, 0x2718), Map.entry(0xFC, 0x2714),
      Map.entry(0xFD, 0x2612), Map.entry(0xFE, 0x2611), Map.entry(0xA0, 0x25AB),
      Map.entry(0x7A, 0x2318), Map.entry(0x2A, 0x2709), Map.entry(0x28, 0x260E),
      Map.entry(0x3F, 0x270D), Map.entry(0x46, 0x261E), Map.entry(0x43, 0x1F44D));

  private SymbolText() {}

  /** True for the fonts whose characters are translated here. */
  static boolean isSymbolFont(String typeface) {
    if (typeface == null) {
      return false;
    }
    String f = typeface.trim().toLowerCase(Locale.ROOT);
    return f.equals("symbol") || f.startsWith("wingdings") || f.equals("webdings");
  }

  /** The Unicode text for characters set in the given symbol font. */
  static String toUnicode(String typeface, String text) {
    boolean symbol = typeface.trim().equalsIgnoreCase("symbol");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int code = text.charAt(i);
      if (code >= 0xF000 && code <= 0xF0FF) {
        code -= 0xF000;
      }
      if (code < 0x20 || code > 0xFF) {
        out.append(text.charAt(i));
        continue;
      }
      if (code == 0x20) {
        out.append(' ');
        continue;
      }
      Integer mapped = symbol ? symbol(code) : WINGDINGS.get(code);
      out.appendCodePoint(mapped == null ? 0x2022 : mapped);
    }
    return out.toString();
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
