package dev.docket.convert;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scripts whose text can be shown glyph by glyph from the font's cmap, left to right, without
 * shaping (no contextual forms, no reordering). Text in other scripts (Arabic, Hebrew, Indic, Thai,
 * ...) is drawn as outlines from AWT's layout, which does shape it.
 */
final class TextScripts {
  private static final Set<UnicodeScript> SIMPLE = EnumSet.of(UnicodeScript.COMMON,
      UnicodeScript.INHERITED, UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC,
      UnicodeScript.ARMENIAN, UnicodeScript.GEORGIAN, UnicodeScript.HAN, UnicodeScript.HIRAGANA,
      UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);

  private TextScripts() {}

  /** True when the character is in a simple script and is not right-to-left. */
  static boolean isSimple(int codePoint) {
    byte dir = Character.getDirectionality(codePoint);
    if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
        || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
        || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE) {
      return false;
    }
    return SIMPLE.contains(UnicodeScript.of(codePoint));
  }
}
