package dev.docket.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typeface replacements, and the font files behind the replacements. */
class FontsTest {
  @Test
  void officeFontsMapToMetricCompatibleTwins() {
    Map<String, String> expected = Map.of("Calibri", "Carlito", "Cambria", "Caladea",
        "Arial", "Liberation Sans", "Helvetica", "Liberation Sans",
        "Times New Roman", "Liberation Serif", "Courier New", "Liberation Mono");
    expected.forEach((from, to) -> assertEquals(to, Fonts.map(from), from));
    assertEquals("Carlito", Fonts.map("  calibri "));
  }

  @Test
  void cjkFacesMapToWenQuanYi() {
    for (String face : new String[] {"MS Gothic", "MS Mincho", "SimSun", "Meiryo", "MS PGothic",
        "宋体", "ＭＳ Ｐゴシック", "맑은 고딕", "新細明體", "ヒラギノ角ゴ Pro W3"}) {
      assertEquals(Fonts.CJK, Fonts.map(face), face);
    }
  }

  @Test
  void unknownFacesFallBackAndSpecialNamesStay() {
    assertEquals(Fonts.SANS, Fonts.map("Swiss 72 1 BT"));
    assertEquals("DejaVu Sans Mono", Fonts.map("Consolas"));
    assertEquals("Wingdings", Fonts.map("Wingdings"));
    assertEquals("+mn-lt", Fonts.map("+mn-lt"));
    assertEquals("DejaVu Sans", Fonts.map("DejaVu Sans"), "installed faces stay");
    assertEquals(null, Fonts.map(null));
  }

  @Test
  void everyReplacementIsAnEmbeddableInstalledFile() {
    for (String family : new String[] {"Carlito", "Caladea", "Liberation Sans", "Liberation Serif",
        "Liberation Mono", "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", Fonts.CJK}) {
      for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
        Font font = new Font(family, style, 12);
        assertEquals(family, font.getFamily(java.util.Locale.ROOT), "AWT finds " + family);
        assertTrue(FontFiles.lookup(font).isPresent(), "file for " + font.getFontName());
      }
    }
  }

  @Test
  void symbolBulletsBecomeUnicode() {
    assertEquals("\u25A0", SymbolChars.toUnicode("Wingdings", "n").orElseThrow());
    assertEquals("\u25CF", SymbolChars.toUnicode("Wingdings", "\uF06C").orElseThrow());
    assertEquals("\u03B1", SymbolChars.toUnicode("Symbol", "a").orElseThrow());
    assertTrue(SymbolChars.toUnicode("Arial", "n").isEmpty());
  }
}
