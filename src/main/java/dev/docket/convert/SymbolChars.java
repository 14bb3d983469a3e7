package dev.docket.convert;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;

/**
 * Translates text set in a symbol font (Symbol, Wingdings) into the Unicode characters it shows,
 * so it can be drawn with an installed font; the one mapping slides and Word documents share.
 * Symbol goes through PDFBox's Symbol encoding and the Adobe glyph list; Wingdings through a table
 * of the characters Office uses as bullets and marks (shapes DejaVu Sans has where there is a
 * choice: Wingdings 0x77, a lozenge, becomes the black diamond U+25C6). Characters may come as the
 * raw code (0x20-0xFF) or in the private-use range (0xF020-0xF0FF), as in DrawingML bullets and
 * WordprocessingML {@code w:sym} (ECMA-376 Part 1 §17.3.3.30).
 */
public final class SymbolChars {
  /** Wingdings code to Unicode, for the usual bullet and mark shapes. */
  private static final Map<Integer, Integer> WINGDINGS = Map.ofEntries(
      Map.entry(0x28, 0x260E), Map.entry(0x2A, 0x2709), Map.entry(0x3F, 0x270D),
      Map.entry(0x43, 0x1F44D), Map.entry(0x46, 0x261E), Map.entry(0x4A, 0x263A),
      Map.entry(0x6C, 0x25CF), Map.entry(0x6D, 0x274D), Map.entry(0x6E, 0x25A0),
      Map.entry(0x6F, 0x25A1), Map.entry(0x70, 0x25FB), Map.entry(0x71, 0x2751),
      Map.entry(0x72, 0x2752), Map.entry(0x73, 0x2B27), Map.entry(0x74, 0x29EB),
      Map.entry(0x75, 0x25C6), Map.entry(0x76, 0x2756), Map.entry(0x77, 0x25C6),
      Map.entry(0x7A, 0x2318), Map.entry(0x9F, 0x2022), Map.entry(0xA0, 0x25AB),
      Map.entry(0xA1, 0x25CB), Map.entry(0xA7, 0x25AA), Map.entry(0xA8, 0x25FB),
      Map.entry(0xD8, 0x27A2), Map.entry(0xDF, 0x2B05), Map.entry(0xE0, 0x2B95),
      Map.entry(0xE8, 0x2794), Map.entry(0xF0, 0x21E8), Map.entry(0xFB, 0x2718),
      Map.entry(0xFC, 0x2714), Map.entry(0xFD, 0x2612), Map.entry(0xFE, 0x2611));
  private static final int BULLET = 0x2022;

  private SymbolChars() {}

  /**
   * @param typeface the font the text is set in
   * @param text the characters
   * @return the Unicode text, or empty when the font is not Symbol/Wingdings or a character is
   *     not known
   */
  public static Optional<String> toUnicode(String typeface, String text) {
    if (typeface == null || text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String face = typeface.trim().toLowerCase(Locale.ROOT);
    if (!face.equals("symbol") && !face.equals("wingdings")) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      Integer mapped = map(face.equals("symbol"), code(text.charAt(i)));
      if (mapped == null) {
        return Optional.empty();
      }
      out.appendCodePoint(mapped);
    }
    return Optional.of(out.toString());
  }

  /**
   * True for the fonts whose characters Word documents translate: Symbol, every Wingdings
   * (Wingdings 2, 3 share the table of Wingdings) and Webdings.
   */
  public static boolean isSymbolFont(String typeface) {
    if (typeface == null) {
      return false;
    }
    String f = typeface.trim().toLowerCase(Locale.ROOT);
    return f.equals("symbol") || f.startsWith("wingdings") || f.equals("webdings");
  }

  /**
   * Like {@link #toUnicode} but never fails, as a Word document's text needs: characters outside
   * the symbol range stay as they are, a space stays a space, and an unknown code becomes a bullet
   * (U+2022), which is what it almost always is.
   *
   * @param typeface a font for which {@link #isSymbolFont} holds ("Symbol" uses the Symbol
   *     encoding, any other the Wingdings table)
   * @param text the characters, raw or in the private-use range
   * @return the Unicode text, as long as {@code text} in code points
   */
  public static String toUnicodeOrBullet(String typeface, String text) {
    boolean symbol = typeface.trim().equalsIgnoreCase("symbol");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int code = code(text.charAt(i));
      if (code < 0x20 || code > 0xFF) {
        out.append(text.charAt(i));
      } else if (code == 0x20) {
        out.append(' ');
      } else {
        Integer mapped = map(symbol, code);
        out.appendCodePoint(mapped == null ? BULLET : mapped);
      }
    }
    return out.toString();
  }

  /** The raw code of a character given in the private-use range (0xF020-0xF0FF). */
  private static int code(char c) {
    return c >= 0xF000 && c <= 0xF0FF ? c - 0xF000 : c;
  }

  private static Integer map(boolean symbol, int code) {
    return symbol ? symbol(code) : WINGDINGS.get(code);
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
