package dev.docket.convert.docx;

import dev.docket.convert.SymbolChars;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a run's text into {@link Span}s of one face and size each. The face comes from the font slot
 * each character belongs to (ECMA-376 Part 1 §17.3.2.26 {@code w:rFonts}): {@code ascii} for
 * U+0000-007F, {@code eastAsia} for CJK, {@code cs} for complex scripts (Arabic, Hebrew, Thai,
 * Indic; also every character of a {@code w:rtl} or {@code w:cs} run), {@code hAnsi} otherwise.
 * Complex-script characters use the {@code bCs}/{@code iCs}/{@code szCs} properties. A character
 * the face lacks is set in a fallback face ({@link FontBook#fallback}).
 */
final class TextSpanner {
  private enum Slot { ASCII, HANSI, EAST_ASIA, COMPLEX }

  private final FontBook fonts;

  TextSpanner(FontBook fonts) {
    this.fonts = fonts;
  }

  /** Adds the spans of one run's text; hidden text adds nothing. */
  void add(List<Span> out, RunStyle style, String raw, String link) {
    if (style.hidden || raw.isEmpty()) {
      return;
    }
    String text = raw;
    if (SymbolChars.isSymbolFont(style.ascii) || SymbolChars.isSymbolFont(style.hAnsi) && raw.charAt(0) > 0x7F) {
      text = SymbolChars.toUnicodeOrBullet(style.ascii, raw);
    }
    if (style.caps) {
      text = text.toUpperCase(Locale.ROOT);
    }
    int start = 0;
    FontFace face = null;
    Slot slot = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Slot s = slot != null && isNeutral(cp) ? slot : slot(style, cp);
      FontFace f = faceFor(style, s, cp, face, slot);
      if (face != null && (f != face || complex(s) != complex(slot))) {
        emit(out, style, face, slot, text.substring(start, i), link);
        start = i;
      }
      face = f;
      slot = s;
      i += Character.charCount(cp);
    }
    if (face != null) {
      emit(out, style, face, slot, text.substring(start), link);
    }
  }

  private FontFace faceFor(RunStyle style, Slot slot, int cp, FontFace previous, Slot previousSlot) {
    if (previous != null && isNeutral(cp) && complex(slot) == complex(previousSlot) && previous.has(cp)) {
      return previous;
    }
    if (previous != null && complex(slot) && complex(previousSlot) && Character.getType(cp) == Character.NON_SPACING_MARK) {
      // a mark stays with its base so they are shaped together (a missing mark shows as .notdef)
      return previous;
    }
    boolean complex = slot == Slot.COMPLEX;
    String typeface = switch (slot) {
      case ASCII -> style.ascii;
      case HANSI -> style.hAnsi;
      case EAST_ASIA -> style.eastAsia;
      case COMPLEX -> style.cs;
    };
    FontFace face = fonts.face(typeface, complex ? style.boldCs : style.bold, complex ? style.italicCs : style.italic);
    if (face.has(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
      return face;
    }
    FontFace fallback = fonts.fallback(face, cp);
    return fallback != null ? fallback : face;
  }

  private void emit(List<Span> out, RunStyle style, FontFace face, Slot slot, String text, String link) {
    boolean complex = complex(slot);
    float size = style.effectiveSize(complex);
    if (style.smallCaps && !style.caps) {
      addSmallCaps(out, style, face, size, text, link, complex);
      return;
    }
    out.add(Span.text(style, face, size, text, link, complex && needsShaping(text)));
  }

  /** Lower-case letters become capitals at 80% size; the line keeps the run's full height. */
  private static void addSmallCaps(List<Span> out, RunStyle style, FontFace face, float size, String text,
      String link, boolean complex) {
    int start = 0;
    boolean lower = false;
    for (int i = 0; i <= text.length(); i++) {
      boolean isLower = i < text.length() && Character.isLowerCase(text.charAt(i));
      if (i == text.length() || (i > start && isLower != lower)) {
        String piece = text.substring(start, i);
        Span span = Span.text(style, face, lower ? size * 0.8f : size,
            lower ? piece.toUpperCase(Locale.ROOT) : piece, link, complex && needsShaping(piece));
        span.lineSize = size;
        out.add(span);
        start = i;
      }
      lower = isLower;
    }
  }

  private static boolean complex(Slot slot) {
    return slot == Slot.COMPLEX;
  }

  private static Slot slot(RunStyle style, int cp) {
    if (style.complexScript || style.rtl) {
      return Slot.COMPLEX;
    }
    if (cp < 0x80) {
      return Slot.ASCII;
    }
    if (isComplex(cp)) {
      return Slot.COMPLEX;
    }
    if (isEastAsian(cp)) {
      return Slot.EAST_ASIA;
    }
    return Slot.HANSI;
  }

  /** Spaces and punctuation stay in the face of the text around them. */
  private static boolean isNeutral(int cp) {
    return cp == ' ' || cp == 0xA0 || cp == '.' || cp == ',' || cp == '-' || cp == '(' || cp == ')';
  }

  /** Scripts set with the complex-script font: right-to-left and shaped scripts. */
  static boolean isComplex(int cp) {
    return cp >= 0x0590 && cp <= 0x08FF || cp >= 0x0900 && cp <= 0x0DFF || cp >= 0x0E00 && cp <= 0x0EFF
        || cp >= 0xFB1D && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
  }

  /** True when the text has characters that must be shaped or reordered (not plain glyph runs). */
  static boolean needsShaping(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isComplex(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isEastAsian(int cp) {
    if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
      return true;
    }
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
        || script == UnicodeScript.HANGUL || script == UnicodeScript.BOPOMOFO;
  }
}
